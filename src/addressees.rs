//! The standard ITU addressee groups of TSB letters, with their French and English wording.
//!
//! Letters name groups by key (`administrations`, `sg-chairs`...) so that both languages and
//! every letter use the same, checked wording. `{sg}` stands for the study group of a
//! collective letter.

/// One standard group.
#[derive(Debug, PartialEq, Eq)]
pub struct Group {
    pub key: &'static str,
    pub fr: &'static str,
    pub en: &'static str,
}

const fn group(key: &'static str, fr: &'static str, en: &'static str) -> Group {
    Group { key, fr, en }
}

/// In the order letters list them (To: Administrations, Sector Members, Associates, Academia;
/// Copy: study group chairs, BDT, BR).
pub const GROUPS: &[Group] = &[
    group(
        "administrations",
        "Aux Administrations des États Membres de l'Union",
        "To Administrations of Member States of the Union",
    ),
    group(
        "sector-members",
        "Aux Membres du Secteur UIT-T",
        "To ITU-T Sector Members",
    ),
    group(
        "associates",
        "Aux Associés de l'UIT-T",
        "To ITU-T Associates",
    ),
    group(
        "academia",
        "Aux établissements universitaires participant aux travaux de l'UIT",
        "To ITU Academia",
    ),
    group(
        "sg-associates",
        "Aux Associés de l'UIT-T participant aux travaux de la Commission d'études {sg}",
        "To ITU-T Associates of Study Group {sg}",
    ),
    group(
        "sg-chairs",
        "Aux Présidents et Vice-Présidents des commissions d'études",
        "To the Chairs and Vice-Chairs of ITU-T Study Groups",
    ),
    group(
        "sg-chair",
        "Au Président et aux Vice-Présidents de la Commission d'études {sg}",
        "To the Chair and Vice-Chairs of Study Group {sg}",
    ),
    group(
        "sg-chairs-only",
        "Aux Présidents des commissions d'études de l'UIT-T",
        "To the Chairs of ITU-T Study Groups",
    ),
    group(
        "tsag-chair",
        "Au Président et aux Vice-Présidents du GCNT",
        "To the Chair and Vice-Chairs of TSAG",
    ),
    group(
        "scv-chair",
        "Au Président du Comité de normalisation pour le vocabulaire de l'UIT-T",
        "To the Chair of the ITU-T Standardization Committee for Vocabulary",
    ),
    group(
        "secretary-general",
        "Au Secrétaire général de l'UIT",
        "To the Secretary-General of the ITU",
    ),
    group(
        "bdt-director",
        "Au Directeur du Bureau de développement des télécommunications",
        "To the Director of the Telecommunication Development Bureau",
    ),
    group(
        "br-director",
        "Au Directeur du Bureau des radiocommunications",
        "To the Director of the Radiocommunication Bureau",
    ),
    group(
        "regional-offices",
        "Aux Bureaux régionaux de l'UIT",
        "To the ITU Regional Offices",
    ),
    group(
        "permanent-missions",
        "Aux Missions permanentes auprès de l'Office des Nations Unies à Genève",
        "To the Permanent Missions to the United Nations Office at Geneva",
    ),
];

/// Finds a group by key; the error names the closest key.
pub fn lookup(key: &str) -> Result<&'static Group, String> {
    if let Some(group) = GROUPS.iter().find(|group| group.key == key) {
        return Ok(group);
    }
    let keys = GROUPS.iter().map(|group| (group.key, group.key));
    let closest = crate::closest::closest(key, keys, 0.7)
        .map_or(String::new(), |key| format!(" (did you mean `{key}`?)"));
    let keys: Vec<_> = GROUPS.iter().map(|group| group.key).collect();
    Err(format!(
        "unknown addressee group `{key}`{closest}; known groups: {}; or a custom entry {{fr: ..., en: ...}}",
        keys.join(", ")
    ))
}

impl Group {
    /// The group's wording in a language, with the study group filled in.
    pub fn wording(&self, lang: crate::locale::Lang, study_group: Option<&str>) -> String {
        let text = match lang {
            crate::locale::Lang::Fr => self.fr,
            crate::locale::Lang::En => self.en,
        };
        text.replace("{sg}", study_group.unwrap_or("?"))
    }

    pub fn needs_study_group(&self) -> bool {
        self.fr.contains("{sg}")
    }
}
