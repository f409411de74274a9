#pragma once

#include "forum.h"
#include "vocabulary.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cordee {

/// Turns spreadsheet cells into participant values: words in English, French and Spanish into vocabulary
/// values, language names or codes into ISO 639-1 codes, theme titles into keys, availability into missed
/// timeSlots. Internal to the import. Built once per import: its tables are computed in the constructor and
/// every answer is cached by cell text, since a registration file repeats the same few values thousands of
/// times. A missing optional means "not understood" (the caller warns); empty cells are understood.
class ValueNormalizer
{
public:
    ValueNormalizer(const QList<Theme> &themes, const QList<TimeSlot> &timeSlots, int currentYear);

    std::optional<Gender> gender(const QString &cell) const;
    std::optional<AgeBand> ageBand(const QString &cell) const;
    std::optional<Category> category(const QString &cell) const;
    std::optional<ParticipantStatus> status(const QString &cell) const;

    /// Alpha-2 code; empty for an empty cell; nothing when the country is unknown.
    std::optional<QString> country(const QString &cell) const;

    /// The roles named in the cell; `unknown` receives the words that name none. An empty cell or a cell
    /// with no known role gives {Participant}.
    Roles roles(const QString &cell, QStringList *unknown) const;

    /// ISO 639-1 codes in the cell's order, without repeats; `unknown` receives what names no language.
    QStringList languages(const QString &cell, QStringList *unknown) const;

    /// The key of the theme named by its key (case-blind) or title (case- and accent-blind); empty when none.
    QString themeKey(const QString &text) const;

    /// The workshop timeSlots a person misses when the cell lists those they attend; nothing (and `unknown`
    /// filled) when the cell names a slot the forum does not have. Empty, "all", "tous", "todos": none
    /// missed.
    std::optional<QStringList> unavailableSlots(const QString &cell, QStringList *unknown) const;

    /// Band of a person's age in years.
    static AgeBand bandForAge(int age);

    /// Folded for matching, without anything but letters and digits: "Nom de famille" → "nomdefamille".
    static QString compact(const QString &text);

    /// foldForSearch(), the one folding of the whole application.
    static QString fold(const QString &text);

    /// fold(), then white space trimmed and runs of it made one space: the form keys are compared in.
    static QString foldWords(const QString &text);

private:
    struct LanguageCache
    {
        QStringList codes;
        QStringList unknown;
    };
    struct RoleCache
    {
        Roles roles;
        QStringList unknown;
    };

    std::optional<QString> languageCode(const QString &word) const;
    QStringList matchWords(const QStringList &words, const QHash<QString, QString> &table,
                           QStringList *unknown) const;
    std::optional<AgeBand> parseAgeBand(const QString &cell) const;

    int m_currentYear;
    QHash<QString, QString> m_themeByKey;   ///< lower-case key → key
    QHash<QString, QString> m_themeByTitle; ///< folded, simplified title → key
    QHash<QString, QString> m_slotByKey;    ///< lower-case key → key
    QStringList m_workshopSlots;            ///< keys of the workshop timeSlots, in order
    mutable QHash<QString, std::optional<AgeBand>> m_ageCache;
    mutable QHash<QString, std::optional<QString>> m_countryCache;
    mutable QHash<QString, LanguageCache> m_languageCache;
    mutable QHash<QString, RoleCache> m_roleCache;
    mutable QHash<QString, QString> m_themeCache; ///< cell → theme key, empty when none
};

} // namespace cordee
