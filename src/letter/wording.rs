//! Wording the letter view takes from the model's choices: the series of a letter and what a
//! meeting's web page publishes, in each language.

use crate::locale::Lang;
use crate::meeting::{Series, Status, WebItem};
use crate::values::RecommendationNumber;

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

/// The chairman of a study group, with the article: "the Chairman of Study Group 3" / "le
/// Président de la Commission d'études 3" ("la Présidente" for a woman), "the Chairman of
/// TSAG" / "le Président du GCNT" (TSB Collective letters 2/5, 2/TSAG; Lettre collective 4/16).
pub(super) fn chair_title(lang: Lang, group: &str, woman: bool) -> String {
    let president = match woman {
        true => "la Présidente",
        false => "le Président",
    };
    match (lang, group) {
        (Lang::En, "TSAG") => "the Chairman of TSAG".into(),
        (Lang::Fr, "TSAG") => format!("{president} du GCNT"),
        (Lang::En, number) => format!("the Chairman of Study Group {number}"),
        (Lang::Fr, number) => format!("{president} de la Commission d'études {number}"),
    }
}

/// A Recommendation as an approval circular lists it: "Revised Recommendation D.180",
/// "New Recommendation ITU-T Y.4480 (11/2021)" / "Recommandation D.180 révisée", "Nouvelle
/// Recommandation UIT-T Y.4480 (11/2021)" (TSB Circular 237; the edition's month and year
/// as ITU identifies it).
pub(super) fn recommendation(
    lang: Lang,
    number: &RecommendationNumber,
    status: Option<Status>,
    date: Option<chrono::NaiveDate>,
) -> String {
    let sector = match number.sector {
        true => lang.pick("UIT-T ", "ITU-T "),
        false => "",
    };
    let edition = date.map_or(String::new(), |date| date.format(" (%m/%Y)").to_string());
    let named = format!("{sector}{}{edition}", number.number);
    match (lang, status) {
        (Lang::En, None) => format!("Recommendation {named}"),
        (Lang::En, Some(Status::New)) => format!("New Recommendation {named}"),
        (Lang::En, Some(Status::Revised)) => format!("Revised Recommendation {named}"),
        (Lang::En, Some(Status::Deleted)) => format!("Deleted Recommendation {named}"),
        (Lang::Fr, None) => format!("Recommandation {named}"),
        (Lang::Fr, Some(Status::New)) => format!("Nouvelle Recommandation {named}"),
        (Lang::Fr, Some(Status::Revised)) => format!("Recommandation {named} révisée"),
        (Lang::Fr, Some(Status::Deleted)) => format!("Recommandation {named} supprimée"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(text: &str) -> RecommendationNumber {
        text.parse().unwrap()
    }

    #[test]
    fn recommendations_are_named_with_their_status_in_both_languages() {
        let revised = Some(Status::Revised);
        assert_eq!(
            recommendation(Lang::En, &number("D.180"), revised, None),
            "Revised Recommendation D.180"
        );
        assert_eq!(
            recommendation(Lang::Fr, &number("D.180"), revised, None),
            "Recommandation D.180 révisée"
        );
        let date = chrono::NaiveDate::from_ymd_opt(2021, 11, 13);
        let new = Some(Status::New);
        assert_eq!(
            recommendation(Lang::En, &number("ITU-T Y.4480"), new, date),
            "New Recommendation ITU-T Y.4480 (11/2021)"
        );
        assert_eq!(
            recommendation(Lang::Fr, &number("ITU-T Y.4480"), new, date),
            "Nouvelle Recommandation UIT-T Y.4480 (11/2021)"
        );
        let deleted = Some(Status::Deleted);
        assert_eq!(
            recommendation(Lang::En, &number("ITU-T E.211"), deleted, None),
            "Deleted Recommendation ITU-T E.211"
        );
        assert_eq!(
            recommendation(Lang::Fr, &number("ITU-T E.211"), deleted, None),
            "Recommandation UIT-T E.211 supprimée"
        );
        assert_eq!(
            recommendation(Lang::Fr, &number("H.264.1"), None, None),
            "Recommandation H.264.1"
        );
    }

    #[test]
    fn a_study_group_s_chairman_in_both_languages() {
        assert_eq!(
            chair_title(Lang::En, "3", false),
            "the Chairman of Study Group 3"
        );
        assert_eq!(
            chair_title(Lang::Fr, "3", false),
            "le Président de la Commission d'études 3"
        );
        assert_eq!(
            chair_title(Lang::Fr, "5", true),
            "la Présidente de la Commission d'études 5"
        );
        assert_eq!(chair_title(Lang::En, "TSAG", true), "the Chairman of TSAG");
        assert_eq!(chair_title(Lang::Fr, "TSAG", false), "le Président du GCNT");
    }

    #[test]
    fn a_recommendation_number_has_a_series_a_dot_and_digits() {
        assert_eq!(number("ITU-T D.400R").number, "D.400R");
        assert!(number("ITU-T D.400R").sector);
        for wrong in ["D180", "d.180", "UIT-T Y.4480", "Y.", "ABCD.1", ""] {
            let error = wrong.parse::<RecommendationNumber>().unwrap_err();
            assert!(error.contains("is not a Recommendation number"), "{error}");
        }
    }
}
