//! "Did you mean ...?": the known name most like what was written, for every such hint (fields,
//! addressee groups, actions, recipient columns, time zones).

/// The value of the candidate whose name is most like `word` (Jaro-Winkler similarity, from 0
/// to 1), if it is more alike than `at_least`. Candidates are (name, value) pairs.
pub fn closest<N: AsRef<str>, T>(
    word: &str,
    candidates: impl IntoIterator<Item = (N, T)>,
    at_least: f64,
) -> Option<T> {
    let scored = candidates
        .into_iter()
        .map(|(name, value)| (strsim::jaro_winkler(word, name.as_ref()), value));
    let (score, value) = scored.reduce(|best, next| if next.0 > best.0 { next } else { best })?;
    (score > at_least).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_most_alike_name_above_the_threshold_wins() {
        let names = ["objectives", "organisers", "languages"].map(|n| (n, n));
        assert_eq!(closest("objectifs", names, 0.7), Some("objectives"));
        assert_eq!(closest("langages", names, 0.7), Some("languages"));
        assert_eq!(closest("xyz", names, 0.7), None);
        assert_eq!(closest("anything", [] as [(&str, &str); 0], 0.0), None);
    }
}
