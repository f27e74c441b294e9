//! Points, as the layout measures, in the units WordprocessingML counts in.

/// Twentieths of a point ("twips": indents, spacing, widths).
pub fn twips(points: f32) -> String {
    ((points * 20.0).round() as i64).to_string()
}

/// Half points (font sizes).
pub fn half_points(points: f32) -> String {
    ((points * 2.0).round() as i64).to_string()
}

/// Eighths of a point (border widths).
pub fn eighths(points: f32) -> String {
    ((points * 8.0).round() as i64).to_string()
}
