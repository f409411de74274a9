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


def forms(source):
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
