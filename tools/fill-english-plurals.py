#!/usr/bin/env python3
"""Fills translations/cordee_en.ts, the English plural forms of Cordée's `%n …(s)` strings.

English source strings are written once with a marker, "%n participant(s)" or "%n country(ies)"; Qt picks the
singular or plural form from the English .qm. Regenerate the file with
    lupdate -pluralonly -no-obsolete -locations none -source-language en -target-language en src -ts translations/cordee_en.ts
then run this script, which writes both forms of every entry.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/cordee_en.ts"


# Sentences the (s) rule gets wrong (a verb that agrees, an irregular plural, a second count): their two forms,
# written out.
EXPLICIT = {
"%n participant(s) are pinned to workshop %1, which holds %2": ["%n participant is pinned to workshop %1, which holds %2", "%n participants are pinned to workshop %1, which holds %2"],
"in slot %1, %n participant(s) find no seat in a workshop whose language they speak": ["in slot %1, %n participant finds no seat in a workshop whose language they speak", "in slot %1, %n participants find no seat in a workshop whose language they speak"],
"%n participant(s) attend this slot; workshops hold %1 to %2 people. The proposal follows their first choices in the rooms free at that time; change the counts or any row before applying.":
  ["%n participant attends this slot; workshops hold %1 to %2 people. The proposal follows their first choices in the rooms free at that time; change the counts or any row before applying.",
   "%n participants attend this slot; workshops hold %1 to %2 people. The proposal follows their first choices in the rooms free at that time; change the counts or any row before applying."],
"All %n attending participant(s) are in a workshop. Drop someone here to take them out of this slot.":
  ["The %n attending participant is in a workshop. Drop someone here to take them out of this slot.", "All %n attending participants are in a workshop. Drop someone here to take them out of this slot."],
"%n person(s) found in this slot": ["%n person found in this slot", "%n people found in this slot"],
"%n proposal(s) and sub-point(s)": ["%n proposal or sub-point", "%n proposals and sub-points"],
"⚠ %n people would have no seat: add workshops or choose bigger rooms.": ["⚠ %n person would have no seat: add workshops or choose bigger rooms.", "⚠ %n people would have no seat: add workshops or choose bigger rooms."],
"⚠ This slot already has %n workshop(s) and %1 placement(s): applying replaces them. %2 people stay in the workshops kept with the same theme and language; the others are to be placed again (Form Workshops on the Workshops page). Ctrl+Z takes the whole plan back.":
  ["⚠ This slot already has %n workshop and %1 placement(s): applying replaces them. %2 people stay in the workshops kept with the same theme and language; the others are to be placed again (Form Workshops on the Workshops page). Ctrl+Z takes the whole plan back.",
   "⚠ This slot already has %n workshops and %1 placement(s): applying replaces them. %2 people stay in the workshops kept with the same theme and language; the others are to be placed again (Form Workshops on the Workshops page). Ctrl+Z takes the whole plan back."],
}


def forms(source):
    if source in EXPLICIT:
        return EXPLICIT[source]
    singular = re.sub(r"\((?:s|es|ies)\)", "", source)
    plural = re.sub(r"([a-z])y\(ies\)", r"\1ies", source)
    plural = re.sub(r"\((s|es)\)", r"\1", plural)
    return singular, plural


tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    translation.text = None
    for form in forms(source):
        node = ET.SubElement(translation, "numerusform")
        node.text = form
with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
