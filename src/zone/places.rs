//! Places people name instead of a zone: cities without a zone of their own (Geneva is on
//! Zurich's clocks), cities by their French or English name, and countries, each with the zones
//! its clocks follow (the first is the capital's). A city that names an IANA zone itself
//! (`Tokyo`, `New York`) needs no entry here: the zone's last part is matched.

/// The zones of a place, the capital's first, and the lower-case names (English or French,
/// accents kept) of the cities and countries on those clocks.
const PLACES: &[(&[&str], &[&str])] = &[
    (
        &["Europe/Zurich"],
        &[
            "geneva",
            "genève",
            "geneve",
            "bern",
            "berne",
            "lausanne",
            "switzerland",
            "suisse",
        ],
    ),
    (&["Europe/Paris"], &["france"]),
    (
        &["Europe/Berlin"],
        &["germany", "allemagne", "munich", "frankfurt"],
    ),
    (&["Europe/Rome"], &["italy", "italie"]),
    (&["Europe/Madrid", "Atlantic/Canary"], &["spain", "espagne"]),
    (&["Europe/Madrid"], &["barcelona", "barcelone"]),
    (
        &["Europe/London"],
        &["united kingdom", "royaume-uni", "londres"],
    ),
    (&["Europe/Lisbon", "Atlantic/Azores"], &["portugal"]),
    (&["Europe/Lisbon"], &["lisbonne"]),
    (&["Europe/Brussels"], &["belgium", "belgique", "bruxelles"]),
    (
        &["Europe/Amsterdam"],
        &["netherlands", "pays-bas", "the hague", "la haye"],
    ),
    (&["Europe/Vienna"], &["austria", "autriche", "vienne"]),
    (&["Europe/Warsaw"], &["poland", "pologne", "varsovie"]),
    (&["Europe/Stockholm"], &["sweden", "suède"]),
    (&["Europe/Helsinki"], &["finland", "finlande"]),
    (&["Europe/Oslo"], &["norway", "norvège"]),
    (
        &["Europe/Copenhagen"],
        &["denmark", "danemark", "copenhague"],
    ),
    (&["Europe/Athens"], &["greece", "grèce", "athènes"]),
    (
        &["Europe/Istanbul"],
        &["turkey", "türkiye", "turquie", "ankara"],
    ),
    (
        &[
            "Europe/Moscow",
            "Asia/Yekaterinburg",
            "Asia/Novosibirsk",
            "Asia/Vladivostok",
        ],
        &["russia", "russian federation", "russie"],
    ),
    (
        &["Europe/Moscow"],
        &["moscou", "saint petersburg", "saint-pétersbourg"],
    ),
    (&["Europe/Kyiv"], &["ukraine", "kiev"]),
    (
        &["Africa/Cairo"],
        &[
            "egypt",
            "égypte",
            "le caire",
            "sharm el-sheikh",
            "charm el-cheikh",
        ],
    ),
    (&["Africa/Tunis"], &["tunisia", "tunisie", "hammamet"]),
    (
        &["Africa/Casablanca"],
        &["morocco", "maroc", "rabat", "marrakech"],
    ),
    (&["Africa/Nairobi"], &["kenya"]),
    (&["Africa/Kigali"], &["rwanda"]),
    (&["Africa/Lagos"], &["nigeria", "abuja"]),
    (&["Africa/Accra"], &["ghana"]),
    (&["Africa/Dakar"], &["senegal", "sénégal"]),
    (
        &["Africa/Johannesburg"],
        &[
            "south africa",
            "afrique du sud",
            "cape town",
            "le cap",
            "pretoria",
            "durban",
        ],
    ),
    (
        &["Africa/Addis_Ababa"],
        &["ethiopia", "éthiopie", "addis-abeba"],
    ),
    (
        &["Asia/Dubai"],
        &[
            "united arab emirates",
            "émirats arabes unis",
            "abu dhabi",
            "abou dhabi",
        ],
    ),
    (&["Asia/Riyadh"], &["saudi arabia", "arabie saoudite"]),
    (&["Asia/Qatar"], &["qatar", "doha"]),
    (&["Asia/Amman"], &["jordan", "jordanie"]),
    (&["Asia/Muscat"], &["oman"]),
    (&["Asia/Tehran"], &["iran", "téhéran"]),
    (
        &["Asia/Kolkata"],
        &[
            "india",
            "inde",
            "new delhi",
            "delhi",
            "new-delhi",
            "bangalore",
            "bengaluru",
            "mumbai",
        ],
    ),
    (
        &["Asia/Shanghai"],
        &[
            "china", "chine", "beijing", "pékin", "shenzhen", "wuhan", "hangzhou",
        ],
    ),
    (&["Asia/Tokyo"], &["japan", "japon", "kyoto"]),
    (
        &["Asia/Seoul"],
        &[
            "korea",
            "republic of korea",
            "corée",
            "république de corée",
            "busan",
        ],
    ),
    (
        &["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"],
        &["indonesia", "indonésie"],
    ),
    (&["Asia/Makassar"], &["bali"]),
    (&["Asia/Bangkok"], &["thailand", "thaïlande"]),
    (&["Asia/Ho_Chi_Minh"], &["viet nam", "vietnam", "hanoi"]),
    (&["Asia/Kuala_Lumpur"], &["malaysia", "malaisie"]),
    (&["Asia/Singapore"], &["singapour"]),
    (
        &[
            "Australia/Sydney",
            "Australia/Brisbane",
            "Australia/Adelaide",
            "Australia/Darwin",
            "Australia/Perth",
        ],
        &["australia", "australie"],
    ),
    (&["Australia/Sydney"], &["canberra"]),
    (
        &["Pacific/Auckland"],
        &["new zealand", "nouvelle-zélande", "wellington"],
    ),
    (
        &[
            "America/New_York",
            "America/Chicago",
            "America/Denver",
            "America/Phoenix",
            "America/Los_Angeles",
            "America/Anchorage",
            "Pacific/Honolulu",
        ],
        &[
            "united states",
            "united states of america",
            "états-unis",
            "usa",
        ],
    ),
    (&["America/New_York"], &["washington", "boston"]),
    (
        &["America/Los_Angeles"],
        &["san francisco", "seattle", "san diego"],
    ),
    (
        &[
            "America/Toronto",
            "America/Halifax",
            "America/Winnipeg",
            "America/Edmonton",
            "America/Vancouver",
            "America/St_Johns",
        ],
        &["canada"],
    ),
    (
        &["America/Toronto"],
        &["ottawa", "montreal", "montréal", "québec", "quebec"],
    ),
    (
        &["America/Mexico_City", "America/Cancun", "America/Tijuana"],
        &["mexico", "mexique"],
    ),
    (
        &["America/Sao_Paulo", "America/Manaus", "America/Fortaleza"],
        &["brazil", "brésil"],
    ),
    (
        &["America/Sao_Paulo"],
        &["brasilia", "brasília", "rio de janeiro", "são paulo"],
    ),
    (
        &["America/Argentina/Buenos_Aires"],
        &["argentina", "argentine"],
    ),
    (&["America/Santiago"], &["chile", "chili"]),
    (&["America/Bogota"], &["colombia", "colombie"]),
    (&["America/Lima"], &["peru", "pérou"]),
    (&["America/Costa_Rica"], &["costa rica", "san josé"]),
];

/// The zones of the place called `name` (any case), if it is one of those above.
pub fn zones(name: &str) -> Option<&'static [&'static str]> {
    let name = name.trim().to_lowercase();
    PLACES
        .iter()
        .find(|(_, names)| names.contains(&name.as_str()))
        .map(|(zones, _)| *zones)
}

/// Every place name, for suggestions.
pub fn names() -> impl Iterator<Item = &'static str> {
    PLACES.iter().flat_map(|(_, names)| names.iter().copied())
}
