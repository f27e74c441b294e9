//! French articles before the words that follow them: "la" and "le" elide to "l'" before a
//! vowel or a mute h, and "de"/"à" contract with "le" and "les" ("du", "des", "au", "aux").
//! Names given in the YAML carry their article ("le Gouvernement de la République de Corée"),
//! so a phrase the tool puts after "de" or "à" must be contracted here, not written twice.

/// Words with a mute h, which elide the article ("l'hôtel"); other h's are aspirated.
const MUTE_H: [&str; 8] = [
    "hôtel",
    "heure",
    "homme",
    "honneur",
    "hébergement",
    "hôpital",
    "habitat",
    "histoire",
];

/// Whether `word` begins with a vowel sound, so that "le", "la", "de" elide before it.
pub fn vowel_sound(word: &str) -> bool {
    let lower = word.to_lowercase();
    let vowels = [
        'a', 'à', 'â', 'e', 'é', 'è', 'ê', 'i', 'î', 'o', 'ô', 'u', 'y',
    ];
    lower.starts_with(vowels) || MUTE_H.iter().any(|h| lower.starts_with(h))
}

/// "la ", "le " or "l'" before `next`.
pub fn article(feminine: bool, next: &str) -> &'static str {
    match (vowel_sound(next), feminine) {
        (true, _) => "l'",
        (false, true) => "la ",
        (false, false) => "le ",
    }
}

/// `preposition` ("de" or "à") before `phrase`, contracted: "du Gouvernement", "des Émirats",
/// "au siège", "aux participants", "de la Commission", "de l'UIT", "d'ETSI". A phrase that
/// already starts with a preposition cannot be contracted: the error names it.
pub fn contract(preposition: &str, phrase: &str) -> Result<String, String> {
    let lower = phrase.to_lowercase();
    let given = ["du ", "des ", "de ", "d'", "au ", "aux ", "à "];
    if let Some(given) = given.iter().find(|given| lower.starts_with(**given)) {
        return Err(given.trim_end().to_string());
    }
    let first = lower.split(' ').next().unwrap_or_default();
    let rest = |article: &str| &phrase[article.len()..];
    Ok(match (preposition, first) {
        ("de", "le") => format!("du {}", rest("le ")),
        ("de", "les") => format!("des {}", rest("les ")),
        ("à", "le") => format!("au {}", rest("le ")),
        ("à", "les") => format!("aux {}", rest("les ")),
        ("de", _) if vowel_sound(phrase) && !lower.starts_with("l'") => format!("d'{phrase}"),
        _ => format!("{preposition} {phrase}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn de(phrase: &str) -> String {
        contract("de", phrase).unwrap()
    }

    #[test]
    fn de_and_a_contract_with_le_and_les() {
        let korea = "le Gouvernement de la République de Corée";
        assert_eq!(de(korea), "du Gouvernement de la République de Corée");
        assert_eq!(de("Le Gouvernement"), "du Gouvernement");
        assert_eq!(de("les Émirats arabes unis"), "des Émirats arabes unis");
        assert_eq!(contract("à", "le siège").unwrap(), "au siège");
        assert_eq!(
            contract("à", "les participants").unwrap(),
            "aux participants"
        );
        assert_eq!(contract("à", "la réunion").unwrap(), "à la réunion");
        assert_eq!(contract("à", "Genève").unwrap(), "à Genève");
    }

    #[test]
    fn de_elides_before_a_vowel_or_a_mute_h() {
        assert_eq!(de("la Commission"), "de la Commission");
        assert_eq!(de("l'Institut"), "de l'Institut");
        assert_eq!(de("ETSI"), "d'ETSI");
        assert_eq!(de("Orange"), "d'Orange");
        assert_eq!(de("hébergement"), "d'hébergement");
        assert_eq!(de("Huawei"), "de Huawei");
        assert_eq!(de("Swisscom"), "de Swisscom");
    }

    #[test]
    fn a_phrase_with_its_preposition_cannot_be_contracted() {
        assert_eq!(contract("de", "du Gouvernement"), Err("du".into()));
        assert_eq!(contract("de", "de la Commission"), Err("de".into()));
        assert_eq!(contract("à", "d'ETSI"), Err("d'".into()));
    }

    #[test]
    fn articles_elide_before_a_vowel_sound() {
        assert_eq!(article(false, "septième atelier"), "le ");
        assert_eq!(article(true, "septième réunion"), "la ");
        assert_eq!(article(false, "atelier"), "l'");
        assert_eq!(article(true, "hôtellerie"), "l'");
        assert_eq!(article(false, "hybride"), "le ");
    }
}
