#pragma once
// How the formation engine names slots, themes, languages and workshops in its messages (internal to
// src/formation). Problem's names are used when given; otherwise things are numbered from 1, as organizers
// count: slot index 1 reads "slot 2", person index 11 reads "person 12".

#include "formationproblem.h"

#include <QString>
#include <QStringList>

namespace cordee::formation::text {

/// The slot's name, or its number ("2"); messages say "slot %1".
QString slot(const Problem &problem, int slot);
/// The theme's name, or "theme 3".
QString theme(const Problem &problem, int theme);
/// The language's name, "language 4", or "any language" for −1.
QString language(const Problem &problem, int language);
/// "7 (Water, slot 2)": messages say "workshop %1".
QString workshop(const Problem &problem, int workshop);
/// A person's name, or their number (index + 1).
QString person(const Problem &problem, int person);
/// "French", "French or Spanish", "French, Spanish or Wolof".
QString orList(const QStringList &items);
/// "French", "French and Spanish", "French, Spanish and Wolof".
QString andList(const QStringList &items);

} // namespace cordee::formation::text
