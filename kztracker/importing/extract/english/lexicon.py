"""English word lists the rules rely on: organization types, titles, places and non-names."""

from __future__ import annotations

# fmt: off
# Word lists read best as compact tables; the formatter would put one entry on each line.

# The head noun of an organization's name, and the kind of organization it makes.
ORGANIZATION_TYPES: dict[str, str] = {
    "ministry": "government", "government": "government", "agency": "government",
    "committee": "government", "commission": "government", "akimat": "government",
    "parliament": "government", "senate": "government", "mazhilis": "government",
    "office": "government", "administration": "government", "authority": "government",
    "embassy": "government", "consulate": "government",
    "council": "other", "department": "other", "service": "government", "survey": "government",
    "exchange": "company",
    "university": "university", "college": "university", "school": "university",
    "academy": "research_centre", "institute": "research_centre", "centre": "research_centre",
    "center": "research_centre", "laboratory": "research_centre", "lab": "research_centre",
    "observatory": "research_centre", "hub": "research_centre", "park": "research_centre",
    "hospital": "other", "clinic": "other", "museum": "other", "library": "other",
    "gallery": "other", "theatre": "other", "theater": "other", "archive": "other",
    "foundation": "other", "fund": "other",
    "association": "other", "union": "other", "chamber": "other", "society": "other",
    "network": "other", "consortium": "other", "alliance": "other", "federation": "other",
    "port": "company", "airport": "company",
    "company": "company", "corporation": "company", "corp": "company", "group": "company",
    "holding": "other", "holdings": "company", "bank": "company", "llp": "company",
    "jsc": "company", "ltd": "company",
    "inc": "company", "plc": "company", "gmbh": "company", "llc": "company", "ag": "company",
    # Words that end many companies' names: "Hikma Pharmaceuticals", "Hengtai Logistics".
    "pharmaceuticals": "company", "logistics": "company", "industries": "company",
    "airlines": "company", "airways": "company", "chemicals": "company", "motors": "company",
    "properties": "company", "ventures": "company", "shipping": "company",
    "spa": "company", "kft": "company", "zrt": "company", "oy": "company", "oyj": "company",
    "asa": "company", "bv": "company", "nv": "company", "ojsc": "company", "cjsc": "company",
    "organization": "international", "organisation": "international",
    "international": "international",
}
# Words that end a company's name rather than head it ("Kazakhtelecom JSC").
LEGAL_SUFFIXES = frozenset({"llp", "jsc", "ltd", "inc", "plc", "gmbh", "llc", "ag", "corp",
                            "spa", "kft", "zrt", "oy", "oyj", "asa", "bv", "nv", "sarl", "srl",
                            "pte", "pty", "ojsc", "cjsc"})
# Legal forms written in capitals that are also English words in lower case ("Nordvik AS").
UPPERCASE_SUFFIXES = frozenset({"AS", "SA", "AB", "NV", "BV", "Co"})
# Acronyms of international organizations: "UNICEF Kazakhstan" is its country office.
INTERNATIONAL_ACRONYMS = frozenset({
    "UN", "UNICEF", "UNDP", "UNESCO", "WHO", "FAO", "IAEA", "UNFPA", "UNHCR", "IOM", "ILO",
    "OECD", "OSCE", "WTO", "IMF", "EBRD", "ADB", "AIIB", "IsDB", "EIB", "UNEP", "WFP", "UNIDO",
    "UNODC", "ITU", "IFC", "EU", "SCO", "CIS", "CICA", "ICAO", "UNECE", "ESCAP", "USAID", "JICA",
    "KOICA", "GIZ", "TIKA",
})
# Lowercase nouns after a name that make it an organization's: "the Tobol Agro cooperative".
ORGANIZATION_NOUNS = frozenset({"cooperative", "co-op", "plant", "factory", "farm", "mill",
                                "refinery", "mine", "works", "shipyard"})
# Type words too vague to make an organization unless the text qualifies them.
WEAK_TYPES = frozenset({"office", "hub", "park", "group", "network", "service", "exchange"})

# Words that lead or close a person's title; the title runs from the first to the last of them.
TITLE_WORDS = frozenset("""
minister ministers deputy vice prime president presidents rector rectors vice-rector pro-rector
chairman chairwoman chairperson chair director director-general general executive managing
head heads ceo cfo cto coo founder co-founder dean provost ambassador consul secretary
secretary-general advisor adviser governor akim mayor manager chancellor vice-chancellor
representative representatives coordinator officer commissioner spokesperson spokesman
chief principal academician academicians professor professors historian economist scientist
researcher expert analyst journalist author member partner lead first senior country regional
acting honorary board leader envoy attaché attache press counsellor counselor resident former
librarian curator
""".split())
# Words that may head a title (a title never starts with "general" or "board").
TITLE_HEADS = TITLE_WORDS - {"general", "executive", "board", "first", "senior", "country",
                             "former", "regional", "acting", "honorary", "press", "managing",
                             "partner", "lead", "chief", "principal"}
HONORIFICS = frozenset({"dr", "prof", "professor", "mr", "mrs", "ms", "sir", "dame",
                        "academician", "doctor"})
# Lowercase professions that may stand before a name ("historian Yuval Noah Harari").
PROFESSIONS = frozenset({"historian", "economist", "scientist", "researcher", "expert",
                         "analyst", "journalist", "author", "professor", "academician",
                         "rector", "minister", "ambassador", "director", "writer", "chef",
                         "entrepreneur", "physician", "surgeon", "engineer", "architect"})

COUNTRIES: dict[str, str] = {name.casefold(): name for name in """
Kazakhstan Uzbekistan Kyrgyzstan Tajikistan Turkmenistan Russia China Japan Korea India
Germany France Italy Spain Poland Turkey Türkiye Iran Azerbaijan Georgia Armenia Mongolia
Pakistan Afghanistan Malaysia Singapore Indonesia Thailand Vietnam Australia Canada Mexico
Brazil Argentina Egypt Israel Qatar Oman Kuwait Bahrain Switzerland Austria Sweden Norway
Finland Denmark Netherlands Belgium Ireland Scotland England Wales Estonia Latvia Lithuania
Hungary Czechia Slovakia Romania Bulgaria Greece Serbia Croatia Ukraine Belarus Portugal
UK USA UAE Britain
""".split()}
COUNTRIES.update({"united kingdom": "United Kingdom", "united states": "United States",
                  "united arab emirates": "United Arab Emirates", "south korea": "South Korea",
                  "saudi arabia": "Saudi Arabia", "new zealand": "New Zealand",
                  "czech republic": "Czech Republic",
                  # Short and older names stand for the country's usual name.
                  "korea": "South Korea", "turkey": "Türkiye", "uk": "United Kingdom",
                  "britain": "United Kingdom", "england": "United Kingdom",
                  "scotland": "United Kingdom", "wales": "United Kingdom",
                  "usa": "United States", "uae": "United Arab Emirates"})
CITIES: dict[str, str] = {
    "astana": "Kazakhstan", "almaty": "Kazakhstan", "shymkent": "Kazakhstan",
    "karaganda": "Kazakhstan", "aktobe": "Kazakhstan", "atyrau": "Kazakhstan",
    "pavlodar": "Kazakhstan", "semey": "Kazakhstan", "turkistan": "Kazakhstan",
    "kostanay": "Kazakhstan", "taraz": "Kazakhstan", "oskemen": "Kazakhstan",
    "aktau": "Kazakhstan", "kyzylorda": "Kazakhstan", "petropavl": "Kazakhstan",
    "cambridge": "United Kingdom", "london": "United Kingdom", "oxford": "United Kingdom",
    "manchester": "United Kingdom", "leicester": "United Kingdom", "coventry": "United Kingdom",
    "edinburgh": "United Kingdom", "paris": "France", "berlin": "Germany", "munich": "Germany",
    "beijing": "China", "shanghai": "China", "tokyo": "Japan", "seoul": "South Korea",
    "moscow": "Russia", "tashkent": "Uzbekistan", "bishkek": "Kyrgyzstan", "geneva": "Switzerland",
    "vienna": "Austria", "washington": "United States", "boston": "United States",
    "new york": "United States", "istanbul": "Türkiye", "ankara": "Türkiye",
    "dubai": "United Arab Emirates",
    "abu dhabi": "United Arab Emirates", "baku": "Azerbaijan", "delhi": "India",
    "singapore": "Singapore", "madrid": "Spain", "rome": "Italy", "milan": "Italy",
    "warsaw": "Poland", "brussels": "Belgium", "amsterdam": "Netherlands", "helsinki": "Finland",
    # More cities partners come from or meet in, so that "flights from Osaka" names no partner.
    "ekibastuz": "Kazakhstan", "khorgos": "Kazakhstan", "kokshetau": "Kazakhstan",
    "taldykorgan": "Kazakhstan", "uralsk": "Kazakhstan", "oral": "Kazakhstan",
    "zhezkazgan": "Kazakhstan", "temirtau": "Kazakhstan", "baikonur": "Kazakhstan",
    "samarkand": "Uzbekistan", "bukhara": "Uzbekistan", "dushanbe": "Tajikistan",
    "ashgabat": "Turkmenistan", "tbilisi": "Georgia", "yerevan": "Armenia", "minsk": "Belarus",
    "kyiv": "Ukraine", "ulaanbaatar": "Mongolia", "urumqi": "China", "xi'an": "China",
    "guangzhou": "China", "shenzhen": "China", "hong kong": "China", "busan": "South Korea",
    "incheon": "South Korea", "osaka": "Japan", "kyoto": "Japan", "yokohama": "Japan",
    "mumbai": "India", "new delhi": "India", "bangalore": "India", "kuala lumpur": "Malaysia",
    "jakarta": "Indonesia", "bangkok": "Thailand", "hanoi": "Vietnam", "doha": "Qatar",
    "riyadh": "Saudi Arabia", "jeddah": "Saudi Arabia", "muscat": "Oman", "cairo": "Egypt",
    "tehran": "Iran", "islamabad": "Pakistan", "karachi": "Pakistan", "kabul": "Afghanistan",
    "frankfurt": "Germany", "hamburg": "Germany", "cologne": "Germany", "stuttgart": "Germany",
    "dusseldorf": "Germany", "düsseldorf": "Germany", "lyon": "France", "barcelona": "Spain",
    "lisbon": "Portugal", "prague": "Czechia", "budapest": "Hungary", "bucharest": "Romania",
    "sofia": "Bulgaria", "athens": "Greece", "belgrade": "Serbia", "zagreb": "Croatia",
    "stockholm": "Sweden", "oslo": "Norway", "copenhagen": "Denmark", "riga": "Latvia",
    "tallinn": "Estonia", "vilnius": "Lithuania", "zurich": "Switzerland",
    "rotterdam": "Netherlands", "the hague": "Netherlands", "toronto": "Canada",
    "montreal": "Canada", "vancouver": "Canada", "chicago": "United States",
    "san francisco": "United States", "los angeles": "United States",
    "houston": "United States", "sydney": "Australia", "melbourne": "Australia",
    "krakow": "Poland", "gdansk": "Poland",
}
NATIONALITIES: dict[str, str] = {
    "kazakh": "Kazakhstan", "kazakhstani": "Kazakhstan", "british": "United Kingdom",
    "american": "United States", "german": "Germany", "french": "France", "chinese": "China",
    "japanese": "Japan", "korean": "South Korea", "russian": "Russia", "turkish": "Türkiye",
    "uzbek": "Uzbekistan", "italian": "Italy", "spanish": "Spain", "polish": "Poland",
    "finnish": "Finland", "swiss": "Switzerland", "dutch": "Netherlands", "indian": "India",
    "emirati": "United Arab Emirates", "singaporean": "Singapore", "austrian": "Austria",
    "kyrgyz": "Kyrgyzstan", "tajik": "Tajikistan", "turkmen": "Turkmenistan", "estonian": "Estonia",
    "european": "", "asian": "", "african": "", "arab": "", "nordic": "", "baltic": "",
    "eurasian": "", "international": "", "global": "", "foreign": "",
    "iranian": "Iran", "saudi": "Saudi Arabia", "pakistani": "Pakistan", "afghan": "Afghanistan",
    "mongolian": "Mongolia", "azerbaijani": "Azerbaijan", "georgian": "Georgia",
    "armenian": "Armenia", "ukrainian": "Ukraine", "belarusian": "Belarus", "hungarian": "Hungary",
    "czech": "Czechia", "romanian": "Romania", "bulgarian": "Bulgaria", "greek": "Greece",
    "serbian": "Serbia", "croatian": "Croatia", "swedish": "Sweden", "norwegian": "Norway",
    "danish": "Denmark", "belgian": "Belgium", "irish": "Ireland", "scottish": "United Kingdom",
    "canadian": "Canada", "australian": "Australia", "mexican": "Mexico", "brazilian": "Brazil",
    "egyptian": "Egypt", "israeli": "Israel", "qatari": "Qatar", "omani": "Oman",
    "kuwaiti": "Kuwait", "malaysian": "Malaysia", "indonesian": "Indonesia", "thai": "Thailand",
    "vietnamese": "Vietnam", "latvian": "Latvia", "lithuanian": "Lithuania",
    "portuguese": "Portugal", "lebanese": "Lebanon", "jordanian": "Jordan",
}
# "East Kazakhstan", "Central Asia": a direction before a place names a region.
DIRECTIONS = frozenset({"north", "south", "east", "west", "central", "northern", "southern",
                        "eastern", "western", "north-east", "north-west", "south-east",
                        "south-west", "upper", "lower", "greater"})
REGIONS = frozenset({"central asia", "asia", "europe", "caucasus", "eurasia", "middle east",
                     "africa", "latin america", "north america", "the americas", "americas",
                     "scandinavia", "the caucasus", "east asia", "south asia"})

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Capitalized words that never name a partner: sentence openers, topics, units, channels.
NOT_NAMES = frozenset("""
the a an this that these those its it our their his her he she we they i you in on at during
according meanwhile moreover additionally however also as after before both each under with from
by for of to and or but while when where which what who today yesterday tomorrow there here
all some many most several other another such one two three four five first second third new
key why how what's if then thus therefore furthermore overall besides finally earlier later
ai ict genai medtech edtech fintech biotech usd kzt eur rwe rwd rwe/rwd r&d q&a k–12 k-12 3d
stem it ceo phd mba covid-19 covid gdp sdg sdgs esg vr ar iot api
linkedin facebook instagram telegram youtube tiktok twitter x whatsapp
head state year years week month photo credit source read next previous prime
mou mous moc loi
""".split())
# Nouns after a capitalized phrase that make it an event or a project, not an organization.
NON_ORGANIZATION_NOUNS = frozenset("""
project projects programme program initiative initiatives course courses conference summit
forum award awards prize grant grants competition rankings ranking index strategy model format
platform app device method methodology concept festival olympiad hackathon week day year
challenge expo exhibition fair session sessions report plan roadmap scholarship scholarships
branch branches campus campuses brand satellite satellites vaccine vaccines product products
""".split())

# Capitalized words of titles and institutions that are never part of a person's name.
COMMON_WORDS = frozenset("""
science sciences research education health innovation technology technologies higher republic
national state affairs external foreign internal public government communications digital
development industry trade energy economy finance justice culture sport sports information
social labour agriculture ecology natural resources defence emergency situations integration
medical medicine board strategic partnerships international relations policy investment
investments planning regional local central general executive academic affairs human capital
commitment region oblast district province city
""".split())
# fmt: on
