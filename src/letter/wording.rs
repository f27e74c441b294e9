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

/// The name of a study group after its noun: "of Study Group 3" / "de la Commission
/// d'études 3"; TSAG by its full name.
pub(super) fn group_name(lang: Lang, group: &str) -> String {
    match (lang, group) {
        (Lang::Fr, "TSAG") => {
            "du Groupe consultatif de la normalisation des télécommunications (GCNT)".into()
        }
        (Lang::En, "TSAG") => {
            "of the Telecommunication Standardization Advisory Group (TSAG)".into()
        }
        (Lang::Fr, number) => format!("de la Commission d'études {number}"),
        (Lang::En, number) => format!("of Study Group {number}"),
    }
}

/// Whose work contributions are for: "the work of the study group" / "aux travaux de la
/// commission d'études"; TSAG's own.
pub(super) fn work_of(lang: Lang, group: Option<&str>) -> &'static str {
    match (lang, group) {
        (Lang::Fr, Some("TSAG")) => "aux travaux du GCNT",
        (Lang::En, Some("TSAG")) => "the work of TSAG",
        (Lang::Fr, _) => "aux travaux de la commission d'études",
        (Lang::En, _) => "the work of the study group",
    }
}

/// "the next " / "la prochaine ", "le prochain ", before a meeting without an edition.
pub(super) fn the_next(lang: Lang, feminine: bool) -> &'static str {
    match (lang, feminine) {
        (Lang::En, _) => "the next ",
        (Lang::Fr, true) => "la prochaine ",
        (Lang::Fr, false) => "le prochain ",
    }
}

/// The reference of an addendum: "Addendum 1 to TSB Circular 92" / "Addendum 1 à la
/// Circulaire TSB 92".
pub(super) fn addendum(lang: Lang, corrigendum: bool, number: u32, original: &str) -> String {
    let kind = if corrigendum {
        "Corrigendum"
    } else {
        "Addendum"
    };
    match lang {
        Lang::Fr => format!("{kind} {number} à la {original}"),
        Lang::En => format!("{kind} {number} to {original}"),
    }
}

/// Where an annex belongs, as its heading says: "to TSB Circular 92" / "de la Circulaire TSB
/// 92", "de l'Addendum 1 à la Circulaire TSB 92", "du Corrigendum 1 ...".
pub(super) fn annex_of(lang: Lang, reference: &str, addendum: bool) -> String {
    match (lang, addendum) {
        // "de l'Addendum 1", "du Corrigendum 1": both masculine.
        (Lang::Fr, true) => lang.of(&format!("{}{reference}", lang.the(false, reference))),
        (Lang::Fr, false) => format!("de la {reference}"),
        (Lang::En, _) => format!("to {reference}"),
    }
}

/// The letterhead of TSB letters, line by line.
pub(super) fn letterhead(lang: Lang) -> &'static str {
    lang.pick(
        "UNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS\nBUREAU DE LA NORMALISATION DES TÉLÉCOMMUNICATIONS",
        "INTERNATIONAL TELECOMMUNICATION UNION\nTELECOMMUNICATION STANDARDIZATION BUREAU",
    )
}

/// The reference of a letter: "Circulaire TSB 92" / "TSB Circular 92",
/// "Lettre collective TSB 2/3" / "TSB Collective letter 2/3".
pub(super) fn series(lang: Lang, series: Series) -> &'static str {
    match series {
        Series::Circular => lang.pick("Circulaire TSB", "TSB Circular"),
        Series::CollectiveLetter => lang.pick("Lettre collective TSB", "TSB Collective letter"),
    }
}
