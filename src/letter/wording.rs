//! Wording the letter view takes from the model's choices: the series of a letter and what a
//! meeting's web page publishes, in each language.

use crate::locale::Lang;
use crate::meeting::{Series, WebItem};

/// What the meeting's web page will publish: "le projet de programme" / "the draft programme".
pub(super) fn web_item(lang: Lang, item: WebItem) -> &'static str {
    use WebItem::*;
    let (fr, en) = match item {
        Programme => ("le projet de programme", "the draft programme"),
        Speakers => ("les intervenants", "the speakers"),
        RemoteAccess => (
            "les modalités de connexion à distance",
            "remote participation details",
        ),
        RegistrationLink => ("le lien pour l'inscription", "the registration link"),
        Documents => ("les documents", "the documents"),
    };
    lang.pick(fr, en)
}

/// The reference of an addendum: "Addendum 1 to TSB Circular 92" / "Addendum 1 à la
/// Circulaire TSB 92".
pub(super) fn addendum(lang: Lang, number: u32, original: &str) -> String {
    match lang {
        Lang::Fr => format!("Addendum {number} à la {original}"),
        Lang::En => format!("Addendum {number} to {original}"),
    }
}

/// Where an annex belongs, as its heading says: "to TSB Circular 92" / "de la Circulaire TSB
/// 92", "de l'Addendum 1 à la Circulaire TSB 92".
pub(super) fn annex_of(lang: Lang, reference: &str, addendum: bool) -> String {
    match (lang, addendum) {
        (Lang::Fr, true) => format!("de l'{reference}"),
        (Lang::Fr, false) => format!("de la {reference}"),
        (Lang::En, _) => format!("to {reference}"),
    }
}

/// The reference of a letter: "Circulaire TSB 92" / "TSB Circular 92",
/// "Lettre collective TSB 2/3" / "TSB Collective letter 2/3".
pub(super) fn series(lang: Lang, series: Series) -> &'static str {
    match series {
        Series::Circular => lang.pick("Circulaire TSB", "TSB Circular"),
        Series::CollectiveLetter => lang.pick("Lettre collective TSB", "TSB Collective letter"),
    }
}
