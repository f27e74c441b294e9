//! The standard actions of a deadlines table (TSB Collective letters 2/3, 3/13 and 2/TSAG:
//! "Submit fellowship requests", "Pre-registration (online via the study group homepage)"),
//! by key, in each language. An action written as one of these keys gets its house wording;
//! any other text is the drafter's own.

use crate::locale::Lang;
use crate::values::Localized;

/// A standard action: its key and its wording in French and English. `{home}` stands for
/// the homepage the group has ("the study group homepage", "the TSAG homepage").
pub struct Action {
    pub key: &'static str,
    fr: &'static str,
    en: &'static str,
}

pub const ACTIONS: [Action; 8] = [
    Action {
        key: "contributions-translated",
        fr: "Soumission des contributions des Membres de l'UIT-T pour lesquelles une traduction est demandée",
        en: "Submit ITU-T Member contributions for which translation is requested",
    },
    Action {
        key: "fellowships",
        fr: "Soumission des demandes de bourses",
        en: "Submit fellowship requests",
    },
    Action {
        key: "interpretation",
        fr: "Soumission des demandes d'interprétation (au moyen du formulaire de préinscription en ligne)",
        en: "Submit interpretation requests (via online pre-registration form)",
    },
    Action {
        key: "captioning",
        fr: "Soumission des demandes de sous-titrage en temps réel et/ou d'interprétation en langue des signes",
        en: "Submit requests for real-time captioning and/or sign-language interpretation",
    },
    Action {
        key: "pre-registration",
        fr: "Préinscription (en ligne, sur {home})",
        en: "Pre-registration (online via {home})",
    },
    Action {
        key: "visa",
        fr: "Soumission des demandes de lettres d'appui pour l'obtention d'un visa",
        en: "Submit requests for visa support letters",
    },
    Action {
        key: "hotel",
        fr: "Réservation de l'hébergement à l'hôtel",
        en: "Book hotel accommodation",
    },
    Action {
        key: "contributions",
        fr: "Soumission des contributions des Membres de l'UIT-T",
        en: "Submit ITU-T Member contributions",
    },
];

/// The standard action with this key.
pub fn lookup(key: &str) -> Option<&'static Action> {
    ACTIONS.iter().find(|action| action.key == key.trim())
}

/// The standard action an action names by its key: one text for every language, like
/// `fellowships`.
pub fn standard(action: &Localized) -> Option<&'static Action> {
    lookup(one_text(action)?)
}

/// The one text written for every language, if that is how the action is written.
pub fn one_text(action: &Localized) -> Option<&str> {
    let texts = &action.0.value;
    texts.all.as_deref().filter(|_| texts.by_code.is_empty())
}

/// The key closest to `text`, when it looks like a misspelt key rather than a sentence.
pub fn closest(text: &str) -> Option<&'static str> {
    let plain = text.chars().all(|c| c.is_ascii_lowercase() || c == '-');
    let keys = ACTIONS.iter().map(|action| (action.key, action.key));
    crate::closest::closest(text, keys, 0.8).filter(|_| plain)
}

impl Action {
    /// The wording in `lang`, for the study group of the letter ("TSAG" has its own homepage).
    pub fn wording(&self, lang: Lang, study_group: Option<&str>) -> String {
        let home = match (lang, study_group) {
            (Lang::Fr, Some("TSAG")) => "la page d'accueil du GCNT",
            (Lang::En, Some("TSAG")) => "the TSAG homepage",
            (Lang::Fr, _) => "la page d'accueil de la commission d'études",
            (Lang::En, _) => "the study group homepage",
        };
        lang.pick(self.fr, self.en).replace("{home}", home)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_in_both_languages() {
        let en: Vec<String> = ACTIONS
            .iter()
            .map(|a| a.wording(Lang::En, Some("3")))
            .collect();
        let fr: Vec<String> = ACTIONS
            .iter()
            .map(|a| a.wording(Lang::Fr, Some("3")))
            .collect();
        assert_eq!(
            en[0],
            "Submit ITU-T Member contributions for which translation is requested"
        );
        assert_eq!(
            fr[0],
            "Soumission des contributions des Membres de l'UIT-T pour lesquelles une traduction est demandée"
        );
        assert_eq!(en[1], "Submit fellowship requests");
        assert_eq!(fr[1], "Soumission des demandes de bourses");
        assert_eq!(
            en[2],
            "Submit interpretation requests (via online pre-registration form)"
        );
        assert_eq!(
            fr[2],
            "Soumission des demandes d'interprétation (au moyen du formulaire de préinscription en ligne)"
        );
        assert_eq!(
            en[3],
            "Submit requests for real-time captioning and/or sign-language interpretation"
        );
        assert_eq!(
            fr[3],
            "Soumission des demandes de sous-titrage en temps réel et/ou d'interprétation en langue des signes"
        );
        assert_eq!(
            en[4],
            "Pre-registration (online via the study group homepage)"
        );
        assert_eq!(
            fr[4],
            "Préinscription (en ligne, sur la page d'accueil de la commission d'études)"
        );
        assert_eq!(en[5], "Submit requests for visa support letters");
        assert_eq!(
            fr[5],
            "Soumission des demandes de lettres d'appui pour l'obtention d'un visa"
        );
        assert_eq!(en[6], "Book hotel accommodation");
        assert_eq!(fr[6], "Réservation de l'hébergement à l'hôtel");
        assert_eq!(en[7], "Submit ITU-T Member contributions");
        assert_eq!(fr[7], "Soumission des contributions des Membres de l'UIT-T");
    }

    #[test]
    fn tsag_has_its_own_homepage() {
        let pre = lookup("pre-registration").unwrap();
        assert_eq!(
            pre.wording(Lang::En, Some("TSAG")),
            "Pre-registration (online via the TSAG homepage)"
        );
        assert_eq!(
            pre.wording(Lang::Fr, Some("TSAG")),
            "Préinscription (en ligne, sur la page d'accueil du GCNT)"
        );
    }

    #[test]
    fn misspelt_keys_are_found_and_sentences_are_not() {
        assert_eq!(closest("fellowship"), Some("fellowships"));
        assert_eq!(closest("pre-registation"), Some("pre-registration"));
        assert_eq!(closest("Submit fellowship requests"), None);
    }
}
