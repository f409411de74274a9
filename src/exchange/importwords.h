#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cordee::importwords {

// The words people write in registration forms, in English, French and Spanish, as lookup tables keyed by
// their compacted form (ValueNormalizer::compact). Internal to the import; built once, on first use.

const QSet<QString> &notStatedWords();          ///< cells that state nothing
const QHash<QString, int> &genderTable();       ///< → Gender
const QHash<QString, int> &categoryTable();     ///< → Category
const QHash<QString, int> &statusTable();       ///< → ParticipantStatus
const QHash<QString, QString> &roleTable();     ///< → role key (multi-word roles compacted)
const QHash<QString, QString> &languageTable(); ///< language names and codes → ISO 639-1
const QStringList &allSlotsWords();             ///< cells meaning "every slot"

/// True when item `i` of a compacted list joins two language names ("et", "and", "y") rather than naming one.
bool isJoiningWord(const QStringList &compacted, qsizetype i);
/// The items of a list cell (split on , ; / | and spaces), each as its words.
QList<QStringList> listItems(const QString &cell);

} // namespace cordee::importwords
