#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# generate-countries.py - regenerate resources/data/countries.tsv
#
# Reads the ISO 3166-1 country list from Debian's iso-codes package
# (/usr/share/iso-codes/json/iso_3166-1.json, plus the French and Spanish
# names from its gettext catalogs iso_3166-1.mo) and writes one row per
# country: alpha2, alpha3, continent, display names in English, French and
# Spanish, and "|"-separated aliases used for spreadsheet import matching.
#
# Data sources: iso-codes (LGPL-2.1-or-later), combined with this project's
# own continent table (five-continent model), display-name overrides and
# hand-added aliases, all defined below.
#
# Output is deterministic (rows sorted by alpha-2). Python 3 stdlib only.
#
# Usage: tools/generate-countries.py [--output PATH] [--iso-codes-json PATH]
#                                    [--localedir DIR]

import argparse
import gettext
import json
import os
import re
import sys
import unicodedata

HEADER = ["alpha2", "alpha3", "continent", "name_en", "name_fr", "name_es", "aliases"]
CONTINENTS = ("africa", "americas", "asia", "europe", "oceania")

# --------------------------------------------------------------------------
# Continent table (five-continent model). Overseas territories go with their
# geography; the Middle East and the Caucasus are Asia; Russia and Cyprus are
# Europe; Türkiye and Kazakhstan are Asia; Egypt is Africa.
# --------------------------------------------------------------------------
_CONTINENT_MEMBERS = {
    "africa": """
        AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW
        KE KM LR LS LY MA MG ML MR MU MW MZ NA NE NG RE RW SC SD SH SL SN SO
        SS ST SZ TD TF TG TN TZ UG YT ZA ZM ZW
    """,
    "americas": """
        AG AI AR AW BB BL BM BO BQ BR BS BZ CA CL CO CR CU CW DM DO EC FK GD
        GF GL GP GS GT GY HN HT JM KN KY LC MF MQ MS MX NI PA PE PM PR PY SR
        SV SX TC TT US UY VC VE VG VI
    """,
    "asia": """
        AE AF AM AZ BD BH BN BT CN GE HK ID IL IN IO IQ IR JO JP KG KH KP KR
        KW KZ LA LB LK MM MN MO MV MY NP OM PH PK PS QA SA SG SY TH TJ TL TM
        TR TW UZ VN YE
    """,
    "europe": """
        AD AL AT AX BA BE BG BV BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR
        HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU
        SE SI SJ SK SM UA VA
    """,
    "oceania": """
        AQ AS AU CC CK CX FJ FM GU HM KI MH MP NC NF NR NU NZ PF PG PN PW SB
        TK TO TV UM VU WF WS
    """,
}

CONTINENT = {}
for _continent, _codes in _CONTINENT_MEMBERS.items():
    for _code in _codes.split():
        if _code in CONTINENT:
            sys.exit(f"continent table: {_code} listed twice")
        CONTINENT[_code] = _continent

# --------------------------------------------------------------------------
# Display-name overrides: alpha2 -> (en, fr, es); None keeps the computed
# value. Used where iso-codes gives a formal/inverted form ("X, Republic of"),
# a parenthesis, a typo, or no translation.
# --------------------------------------------------------------------------
NAME_OVERRIDES = {
    "AX": (None, "Îles Åland", "Islas Åland"),
    "BF": (None, None, "Burkina Faso"),
    "BN": ("Brunei", "Brunei", "Brunéi"),
    "BO": ("Bolivia", "Bolivie", "Bolivia"),
    "BQ": ("Caribbean Netherlands", "Pays-Bas caribéens", "Caribe Neerlandés"),
    "BY": (None, "Biélorussie", None),
    "CC": ("Cocos Islands", "Îles Cocos", "Islas Cocos"),
    "CD": ("DR Congo", "République démocratique du Congo", "República Democrática del Congo"),
    "CG": ("Congo", "Congo", "Congo"),
    "CI": ("Côte d'Ivoire", "Côte d'Ivoire", "Côte d'Ivoire"),
    "CV": ("Cabo Verde", "Cap-Vert", "Cabo Verde"),
    "CX": (None, "Île Christmas", None),
    "DZ": (None, None, "Argelia"),  # es catalog has the English name
    "FK": ("Falkland Islands", "Îles Malouines", "Islas Malvinas"),
    "FM": ("Micronesia", "Micronésie", "Micronesia"),
    "GQ": (None, "Guinée équatoriale", None),
    "IR": ("Iran", "Iran", "Irán"),
    "KM": (None, None, "Comoras"),
    "KP": ("North Korea", "Corée du Nord", "Corea del Norte"),
    "KR": ("South Korea", "Corée du Sud", "Corea del Sur"),
    "LA": ("Laos", "Laos", "Laos"),
    "MD": ("Moldova", "Moldavie", "Moldavia"),
    "MF": ("Saint Martin", "Saint-Martin", "San Martín"),
    "MO": (None, "Macao", None),
    "MV": (None, None, "Maldivas"),
    "PN": ("Pitcairn Islands", "Îles Pitcairn", "Islas Pitcairn"),
    "PS": ("Palestine", "Palestine", "Palestina"),
    "RE": ("Réunion", "La Réunion", "Reunión"),
    "RU": ("Russia", "Russie", "Rusia"),
    "SB": (None, "Îles Salomon", None),
    "SH": ("Saint Helena", "Sainte-Hélène", "Santa Elena"),
    "SR": (None, None, "Surinam"),
    "SX": ("Sint Maarten", "Sint Maarten", "Sint Maarten"),
    "SY": ("Syria", "Syrie", "Siria"),
    "TN": (None, None, "Túnez"),
    "TR": ("Türkiye", "Turquie", "Turquía"),
    "TW": ("Taiwan", "Taïwan", "Taiwán"),
    "TZ": ("Tanzania", "Tanzanie", "Tanzania"),
    "US": ("United States", "États-Unis", "Estados Unidos"),
    "GB": ("United Kingdom", "Royaume-Uni", "Reino Unido"),
    "VA": ("Vatican City", "Vatican", "Ciudad del Vaticano"),
    "VE": ("Venezuela", "Venezuela", "Venezuela"),
    "VG": ("British Virgin Islands", "Îles Vierges britanniques", "Islas Vírgenes Británicas"),
    "VI": ("US Virgin Islands", "Îles Vierges des États-Unis", "Islas Vírgenes de los Estados Unidos"),
    "VN": ("Vietnam", "Viêt Nam", "Vietnam"),
}

# --------------------------------------------------------------------------
# Hand-added aliases (spellings people type in spreadsheets). The formal
# iso-codes names in all three languages are added automatically.
# --------------------------------------------------------------------------
EXTRA_ALIASES = {
    "AE": ["UAE", "EAU", "Emirates", "Émirats", "Emiratos"],
    "BA": ["Bosnia", "Bosnie", "Bosnia-Herzegovina"],
    "BN": ["Brunéi Darussalam"],
    "BS": ["The Bahamas"],
    "BY": ["Bélarus", "Byelorussia", "Belorussia"],
    "CD": ["RDC", "DRC", "RD Congo", "Democratic Republic of the Congo",
           "Congo-Kinshasa", "Congo (Kinshasa)", "Zaire", "Zaïre"],
    "CG": ["Congo-Brazzaville", "Congo (Brazzaville)", "Republic of Congo",
           "República del Congo"],
    "CI": ["Cote d'Ivoire", "Ivory Coast", "Costa de Marfil"],
    "CV": ["Cape Verde", "Cap-Vert", "Cap Vert"],
    "CZ": ["Czech Republic", "Czechia", "Tchéquie", "République tchèque",
           "Chequia", "República Checa"],
    "DE": ["Allemagne", "Alemania"],
    "DO": ["République Dominicaine", "Republica Dominicana"],
    "FK": ["Falklands", "Malvinas", "Malouines", "Îles Falkland", "Islas Falkland"],
    "GB": ["UK", "U.K.", "Great Britain", "Britain", "England", "Scotland",
           "Wales", "Northern Ireland", "Grande-Bretagne", "Angleterre",
           "Écosse", "Pays de Galles", "Irlande du Nord", "Gran Bretaña",
           "Inglaterra", "Escocia", "Gales", "Irlanda del Norte"],
    "GF": ["Guyane"],
    "GM": ["The Gambia"],
    "HK": ["Hong Kong SAR"],
    "KP": ["DPRK", "RPDC"],
    "KR": ["Korea", "Corée", "Corea", "Republic of Korea"],
    "MK": ["Macedonia", "Macédoine", "FYROM"],
    "MM": ["Burma", "Birmanie", "Birmania"],
    "MO": ["Macau"],
    "MU": ["Île Maurice", "Isla Mauricio"],
    "NC": ["Kanaky"],
    "NL": ["Holland", "Hollande", "Holanda", "Pays-Bas", "Países Bajos",
           "The Netherlands"],
    "PS": ["Palestinian Territories", "Territoires palestiniens",
           "Territorios Palestinos"],
    "RE": ["Île de la Réunion", "La Reunión"],
    "RU": ["Russian Federation"],
    "SA": ["Arabie Saoudite", "Arabia Saudita"],
    "SH": ["St Helena"],
    "SX": ["Isla de San Martín (zona holandesa)", "San Martín (Países Bajos)"],
    "SZ": ["Swaziland", "Swazilande", "Suazilandia"],
    "TF": ["TAAF", "Terres australes et antarctiques françaises"],
    "TL": ["East Timor", "Timor Est"],
    "TR": ["Turkey", "Turquie", "Turquia"],
    "TW": ["Taipei", "Chinese Taipei"],
    "US": ["USA", "U.S.A.", "United States of America", "Etats-Unis",
           "EEUU", "EE. UU.", "EE.UU.", "America"],
    "VA": ["Holy See", "Vatican", "Vaticano", "Saint-Siège", "Santa Sede",
           "Cité du Vatican"],
    "VE": ["Vénézuela"],
    "VN": ["Viet Nam"],
}

# iso-codes strings not worth keeping as aliases (typos in the catalogs).
ALIAS_DROP = {
    "AX": {"Islas Äland"},
    "CI": {"Costa de Marfíl"},
    "SR": {"Surinám"},
    "SX": {"Isla de San Martín (zona holandsea)"},
}


class _Missing(gettext.NullTranslations):
    """Fallback that records lookups the catalog could not translate."""

    def gettext(self, message):
        raise LookupError(message)


def load_catalog(localedir, lang):
    t = gettext.translation("iso_3166-1", localedir=localedir, languages=[lang])
    t.add_fallback(_Missing())
    return t


def translate(catalog, msgid):
    """Translated string, or None if the catalog has no translation."""
    if not msgid:
        return None
    try:
        return catalog.gettext(msgid)
    except LookupError:
        return None


def fold(s):
    """Case- and accent-blind key for collision checks."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.casefold().split())


def ucfirst(s):
    return s[:1].upper() + s[1:] if s else s


def clean_alias(s):
    s = " ".join(s.split())
    # "the State of Eritrea" -> "State of Eritrea"; "l'État de ..." -> "État de ..."
    return re.sub(r"^(?:the\s+|l['’])", "", s)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--output", default=os.path.join(root, "resources", "data", "countries.tsv"))
    ap.add_argument("--iso-codes-json", default="/usr/share/iso-codes/json/iso_3166-1.json")
    ap.add_argument("--localedir", default="/usr/share/locale")
    args = ap.parse_args()

    with open(args.iso_codes_json, encoding="utf-8") as f:
        entries = json.load(f)["3166-1"]
    catalogs = {lang: load_catalog(args.localedir, lang) for lang in ("fr", "es")}

    errors = []
    codes = {e["alpha_2"] for e in entries}
    for code in sorted(codes - CONTINENT.keys()):
        errors.append(f"{code}: no continent in table")
    for code in sorted(CONTINENT.keys() - codes):
        errors.append(f"{code}: in continent table but not in iso-codes")
    for table_name, table in (("NAME_OVERRIDES", NAME_OVERRIDES),
                              ("EXTRA_ALIASES", EXTRA_ALIASES),
                              ("ALIAS_DROP", ALIAS_DROP)):
        for code in sorted(table.keys() - codes):
            errors.append(f"{code}: in {table_name} but not in iso-codes")

    rows = []
    for e in sorted(entries, key=lambda e: e["alpha_2"]):
        a2, a3 = e["alpha_2"], e["alpha_3"]
        name, common, official = e["name"], e.get("common_name"), e.get("official_name")
        override = NAME_OVERRIDES.get(a2, (None, None, None))

        names = {"en": override[0] or common or name}
        for i, lang in ((1, "fr"), (2, "es")):
            cat = catalogs[lang]
            value = override[i] or translate(cat, common) or translate(cat, name)
            if value is None:
                errors.append(f"{a2}: no {lang} translation and no override")
                value = ""
            names[lang] = ucfirst(value)
        for lang, value in names.items():
            if "," in value or "(" in value or ")" in value:
                errors.append(f"{a2}: {lang} display name {value!r} needs an override")

        candidates = [name, official, common]
        for lang in ("fr", "es"):
            for msgid in (name, official, common):
                candidates.append(translate(catalogs[lang], msgid))
        extra = EXTRA_ALIASES.get(a2, [])

        # iso-codes names that only differ from a display name by case are
        # useless (matching is case-blind); hand-added ones are kept unless
        # identical to a display name.
        display = set(names.values())
        display_cf = {n.casefold() for n in display}
        drop = ALIAS_DROP.get(a2, set())
        aliases = []
        for c in candidates + extra:
            if not c:
                continue
            c = clean_alias(c)
            if c in display or c in drop or c in aliases:
                continue
            if c not in extra and c.casefold() in display_cf:
                continue
            aliases.append(c)

        row = [a2, a3, CONTINENT.get(a2, ""), names["en"], names["fr"], names["es"],
               "|".join(aliases)]
        for field in row:
            if any(ch in field for ch in "\t\r\n"):
                errors.append(f"{a2}: tab/newline in field {field!r}")
        for alias in aliases:
            if "|" in alias:
                errors.append(f"{a2}: '|' inside alias {alias!r}")
        rows.append((row, list(display) + aliases))

    # Names and aliases must identify a single country (case/accent-blind).
    owner = {}
    for row, keys in rows:
        for key in keys:
            k = fold(key)
            other = owner.setdefault(k, row[0])
            if other != row[0]:
                errors.append(f"collision: {key!r} used by {other} and {row[0]}")

    if errors:
        for err in errors:
            print(f"error: {err}", file=sys.stderr)
        return 1

    os.makedirs(os.path.dirname(args.output), exist_ok=True)
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(HEADER) + "\n")
        for row, _ in rows:
            f.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} rows to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
