#pragma once

#include <QString>

namespace cordee {

/// Folds text for matching the way people expect: case-blind and accent-blind ("Hélène" → "helene",
/// "Œuvre" → "oeuvre", "Straße" → "strasse"). SQLite's lower() folds ASCII only, so matching is done here.
QString foldForSearch(const QString &text);

/// True when every whitespace-separated word of `query` occurs in `foldedHaystack` (already folded).
bool matchesAllWords(const QString &foldedHaystack, const QString &foldedQuery);

} // namespace cordee
