//! CSV as people have it: exported by a spreadsheet in French (`;` between fields) or English
//! (`,`) or as tab-separated text, with headers in any case and the usual names for a column
//! (`Name`, `Langue`, `timezone`, `e-mail`). One line is one row, read with a parser kept from
//! line to line (`csv_core`, which the `csv` crate is built on).

use csv_core::{ReadFieldResult, Reader, ReaderBuilder};

/// The columns a recipients file may have.
pub const COLUMNS: [&str; 8] = [
    "id",
    "name",
    "organisation",
    "country",
    "email",
    "language",
    "zone",
    "groups",
];

/// Other names of the columns, as spreadsheets have them (compared without case, spaces,
/// hyphens or underscores).
const ALIASES: &[(&str, &str)] = &[
    ("identifier", "id"),
    ("identifiant", "id"),
    ("nom", "name"),
    ("fullname", "name"),
    ("nomcomplet", "name"),
    ("organization", "organisation"),
    ("org", "organisation"),
    ("company", "organisation"),
    ("entity", "organisation"),
    ("entité", "organisation"),
    ("pays", "country"),
    ("mail", "email"),
    ("emailaddress", "email"),
    ("courriel", "email"),
    ("lang", "language"),
    ("langue", "language"),
    ("timezone", "zone"),
    ("tz", "zone"),
    ("fuseau", "zone"),
    ("fuseauhoraire", "zone"),
    ("group", "groups"),
    ("groupes", "groups"),
];

/// A header as compared: lower case, without spaces, hyphens or underscores.
fn folded(header: &str) -> String {
    let header = header.trim().to_lowercase();
    header
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_'))
        .collect()
}

/// The column a header names, or the closest column name when it names none.
pub fn column(header: &str) -> Result<&'static str, Option<&'static str>> {
    let folded = folded(header);
    let columns = COLUMNS.iter().map(|&name| (name, name));
    let names = columns.chain(ALIASES.iter().copied());
    if let Some((_, column)) = names.clone().find(|(name, _)| *name == folded) {
        return Ok(column);
    }
    Err(crate::closest::closest(&folded, names, 0.8))
}

/// The separator of a file, from its first line: the most frequent of `,`, `;` and tab outside
/// quotes (a comma when there is none).
pub fn delimiter(first: &str) -> u8 {
    let mut quoted = false;
    let mut counts = [(b',', 0), (b';', 0), (b'\t', 0)];
    for byte in first.bytes() {
        quoted ^= byte == b'"';
        if let Some(count) = counts.iter_mut().find(|(sep, _)| *sep == byte && !quoted) {
            count.1 += 1;
        }
    }
    let most = counts
        .iter()
        .max_by_key(|(sep, count)| (*count, *sep == b','));
    most.filter(|(_, count)| *count > 0)
        .map_or(b',', |(sep, _)| *sep)
}

/// Splits lines into fields, one line a row.
pub struct Lines {
    reader: Reader,
}

/// A line whose quote opens a field and does not close it.
pub struct OpenQuote;

impl Lines {
    pub fn new(delimiter: u8) -> Lines {
        Lines {
            reader: ReaderBuilder::new().delimiter(delimiter).build(),
        }
    }

    /// The fields of one line (without its line break).
    pub fn fields(&mut self, line: &str) -> Result<Vec<String>, OpenQuote> {
        self.reader.reset();
        let input = format!("{line}\n");
        let mut input = input.as_bytes();
        let mut out = vec![0; input.len()];
        let (mut fields, mut field) = (Vec::new(), Vec::new());
        loop {
            let (result, read, wrote) = self.reader.read_field(input, &mut out);
            input = &input[read..];
            field.extend_from_slice(&out[..wrote]);
            match result {
                ReadFieldResult::Field { record_end } => {
                    fields.push(String::from_utf8_lossy(&field).into_owned());
                    field.clear();
                    if record_end {
                        return Ok(fields);
                    }
                }
                // The line's end was inside quotes.
                ReadFieldResult::InputEmpty if input.is_empty() => return Err(OpenQuote),
                ReadFieldResult::InputEmpty | ReadFieldResult::OutputFull => {}
                ReadFieldResult::End => return Ok(fields),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_read_in_any_case_and_by_their_usual_names() {
        for (header, expected) in [
            ("Name", "name"),
            ("LANGUAGE", "language"),
            ("Langue", "language"),
            ("timezone", "zone"),
            ("Time zone", "zone"),
            ("tz", "zone"),
            ("E-mail", "email"),
            ("organization", "organisation"),
        ] {
            assert_eq!(column(header).ok(), Some(expected), "{header}");
        }
        assert_eq!(column("langage"), Err(Some("language")));
        assert_eq!(column("xyz"), Err(None));
    }

    #[test]
    fn the_separator_is_the_one_the_first_line_uses() {
        assert_eq!(delimiter("id;name;language"), b';');
        assert_eq!(delimiter("id,name,language"), b',');
        assert_eq!(delimiter("id\tname"), b'\t');
        assert_eq!(delimiter("\"a;b\",c"), b',');
        assert_eq!(delimiter("id"), b',');
    }

    #[test]
    fn a_line_splits_into_its_fields_and_an_open_quote_is_an_error() {
        let mut lines = Lines::new(b';');
        let fields = lines
            .fields("p1;\"Dupont; Marie\";\"say \"\"hi\"\"\";")
            .ok()
            .unwrap();
        assert_eq!(fields, ["p1", "Dupont; Marie", "say \"hi\"", ""]);
        assert!(lines.fields("p2;\"open").is_err());
        assert_eq!(
            lines.fields("p3;x").ok().unwrap(),
            ["p3", "x"],
            "kept from line to line"
        );
    }
}
