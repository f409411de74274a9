#include "valuenormalizer.h"

#include "importwords.h"

#include "countrytable.h"
#include "textfold.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <array>
#include <utility>

namespace cordee {

using namespace importwords;

ValueNormalizer::ValueNormalizer(const QList<Theme> &themes, const QList<TimeSlot> &timeSlots,
                                 int currentYear)
    : m_currentYear(currentYear)
{
    for (const Theme &t : themes) {
        m_themeByKey.insert(t.key.toLower(), t.key);
        const QString title = foldWords(t.title);
        if (!title.isEmpty() && !m_themeByTitle.contains(title))
            m_themeByTitle.insert(title, t.key);
    }
    for (const TimeSlot &s : timeSlots) {
        m_slotByKey.insert(s.key.toLower(), s.key);
        if (s.kind == SlotKind::Workshops)
            m_workshopSlots << s.key;
    }
}

QString ValueNormalizer::fold(const QString &text)
{
    return foldForSearch(text);
}

QString ValueNormalizer::foldWords(const QString &text)
{
    QString folded = fold(text);
    QChar *begin = folded.data();
    QChar *d = begin;
    bool space = true; // drops leading spaces
    for (const QChar *s = begin, *end = begin + folded.size(); s != end; ++s) {
        if (*s == u' ') {
            if (!space)
                *d++ = u' ';
            space = true;
        } else {
            *d++ = *s;
            space = false;
        }
    }
    if (d != begin && space)
        --d;
    folded.truncate(d - begin);
    return folded;
}

QString ValueNormalizer::compact(const QString &text)
{
    const QString folded = fold(text);
    QString out;
    out.reserve(folded.size());
    for (const QChar ch : folded)
        if (ch.isLetterOrNumber())
            out += ch;
    return out;
}

std::optional<Gender> ValueNormalizer::gender(const QString &cell) const
{
    const QString word = compact(cell);
    if (notStatedWords().contains(word))
        return Gender::NotStated;
    const auto it = genderTable().constFind(word);
    if (it == genderTable().cend())
        return std::nullopt;
    return static_cast<Gender>(*it);
}

std::optional<Category> ValueNormalizer::category(const QString &cell) const
{
    const QString word = compact(cell);
    if (notStatedWords().contains(word))
        return Category::Unspecified;
    const auto it = categoryTable().constFind(word);
    if (it == categoryTable().cend())
        return std::nullopt;
    return static_cast<Category>(*it);
}

std::optional<ParticipantStatus> ValueNormalizer::status(const QString &cell) const
{
    const QString word = compact(cell);
    if (word.isEmpty())
        return ParticipantStatus::Registered;
    const auto it = statusTable().constFind(word);
    if (it == statusTable().cend())
        return std::nullopt;
    return static_cast<ParticipantStatus>(*it);
}

std::optional<QString> ValueNormalizer::country(const QString &cell) const
{
    const QString text = cell.trimmed();
    if (text.isEmpty())
        return QString();
    const auto cached = m_countryCache.constFind(text);
    if (cached != m_countryCache.cend())
        return *cached;
    const CountryTable &countries = CountryTable::instance();
    QString code = countries.codeFor(text);
    // "France (FR)", "Sénégal (Dakar)": either part may name the country.
    if (code.isEmpty() && text.contains(u'(')) {
        static const QRegularExpression parts(QStringLiteral("^([^(]*)\\(([^)]*)\\)"));
        if (const auto m = parts.match(text); m.hasMatch()) {
            code = countries.codeFor(m.captured(1));
            if (code.isEmpty())
                code = countries.codeFor(m.captured(2));
        }
    }
    std::optional<QString> result;
    if (!code.isEmpty())
        result = code;
    m_countryCache.insert(text, result);
    return result;
}

QStringList ValueNormalizer::matchWords(const QStringList &words, const QHash<QString, QString> &table,
                                        QStringList *unknown) const
{
    // The longest run of words that names a value wins: "guest of honour", "criollo haitiano".
    constexpr qsizetype MaxWords = 4;
    QStringList compacted;
    compacted.reserve(words.size());
    for (const QString &w : words)
        compacted << compact(w);
    QStringList found, unmatched;
    const auto flush = [&] {
        if (!unmatched.isEmpty() && unknown)
            *unknown << unmatched.join(u' ');
        unmatched.clear();
    };
    qsizetype i = 0;
    while (i < words.size()) {
        if (isJoiningWord(compacted, i)) {
            flush();
            ++i;
            continue;
        }
        bool matched = false;
        for (qsizetype j = std::min(words.size(), i + MaxWords); j > i && !matched; --j) {
            QString key;
            for (qsizetype k = i; k < j; ++k)
                key += compacted.at(k);
            if (const auto it = table.constFind(key); it != table.cend() && !key.isEmpty()) {
                flush();
                found << *it;
                i = j;
                matched = true;
            }
        }
        if (!matched)
            unmatched << words.at(i++);
    }
    flush();
    return found;
}

Roles ValueNormalizer::roles(const QString &cell, QStringList *unknown) const
{
    const QString text = cell.trimmed();
    auto cached = m_roleCache.constFind(text);
    if (cached == m_roleCache.cend()) {
        RoleCache entry;
        for (const QStringList &words : listItems(text))
            for (const QString &key : matchWords(words, roleTable(), &entry.unknown))
                if (const auto role = vocab::roleFromKey(key))
                    entry.roles.set(*role);
        if (entry.roles.isEmpty())
            entry.roles.set(Role::Participant);
        cached = m_roleCache.insert(text, entry);
    }
    if (unknown)
        *unknown << cached->unknown;
    return cached->roles;
}

QStringList ValueNormalizer::languages(const QString &cell, QStringList *unknown) const
{
    const QString text = cell.trimmed();
    auto cached = m_languageCache.constFind(text);
    if (cached == m_languageCache.cend()) {
        LanguageCache entry;
        // A locale tag ("pt-BR", "fr_CA") names its language.
        static const QRegularExpression tag(QStringLiteral("^([A-Za-z]{2,3})[-_][A-Za-z]{2,4}$"));
        for (QStringList words : listItems(text)) {
            for (QString &w : words)
                if (const auto m = tag.match(w); m.hasMatch())
                    w = m.captured(1);
            for (const QString &code : matchWords(words, languageTable(), &entry.unknown))
                if (!entry.codes.contains(code))
                    entry.codes << code;
        }
        cached = m_languageCache.insert(text, entry);
    }
    if (unknown)
        *unknown << cached->unknown;
    return cached->codes;
}

QString ValueNormalizer::themeKey(const QString &text) const
{
    if (const auto cached = m_themeCache.constFind(text); cached != m_themeCache.cend())
        return *cached;
    const QString trimmed = text.trimmed();
    QString key = m_themeByKey.value(trimmed.toLower());
    if (key.isEmpty())
        key = m_themeByTitle.value(foldWords(trimmed));
    m_themeCache.insert(text, key);
    return key;
}

std::optional<QStringList> ValueNormalizer::unavailableSlots(const QString &cell, QStringList *unknown) const
{
    const QString word = compact(cell);
    for (const QString &all : allSlotsWords())
        if (word == QStringView(all))
            return QStringList();
    static const QRegularExpression separators(QStringLiteral("[,;|\\s]+"));
    QSet<QString> attended;
    bool ok = true;
    for (const QString &token : cell.split(separators, Qt::SkipEmptyParts)) {
        const auto it = m_slotByKey.constFind(token.toLower());
        if (it == m_slotByKey.cend()) {
            ok = false;
            if (unknown)
                *unknown << token;
        } else {
            attended.insert(*it);
        }
    }
    if (!ok)
        return std::nullopt;
    QStringList missed;
    for (const QString &slot : m_workshopSlots)
        if (!attended.contains(slot))
            missed << slot;
    return missed;
}

AgeBand ValueNormalizer::bandForAge(int age)
{
    if (age < 25)
        return AgeBand::Under25;
    if (age < 35)
        return AgeBand::From25To34;
    if (age < 50)
        return AgeBand::From35To49;
    if (age < 65)
        return AgeBand::From50To64;
    return AgeBand::From65;
}

std::optional<AgeBand> ValueNormalizer::ageBand(const QString &cell) const
{
    const QString text = cell.trimmed();
    const auto cached = m_ageCache.constFind(text);
    if (cached != m_ageCache.cend())
        return *cached;
    const std::optional<AgeBand> band = parseAgeBand(text);
    m_ageCache.insert(text, band);
    return band;
}

std::optional<AgeBand> ValueNormalizer::parseAgeBand(const QString &cell) const
{
    if (notStatedWords().contains(compact(cell)) || cell == u"-")
        return AgeBand::Unknown;
    QString t = fold(cell);
    t.remove(u' ');
    t.replace(u'_', u'-');
    // "42", "42 ans", "1980": an age or a year of birth.
    static const QRegularExpression number(QStringLiteral("^(\\d{1,4})(?:ans|anos|years|yearsold|yo)?$"));
    // "25-34", "25 à 34 ans", "18 to 24": a range inside one band.
    static const QRegularExpression range(
        QStringLiteral("^(\\d{1,3})(?:-|a|to|al)(\\d{1,3})(?:ans|anos|years)?$"));
    // "<25", "under 25", "moins de 25 ans", "menos de 25 años".
    static const QRegularExpression under(
        QStringLiteral("^(?:<|<=|≤|under|below|lessthan|moinsde|menosde|-)(\\d{1,3})(?:ans|anos|years)?$"));
    // "65+", "65 and over", "65 et plus", "65 y más", "plus de 65 ans", "over 65".
    static const QRegularExpression over(QStringLiteral(
        "^(?:(\\d{1,3})-?(?:\\+|andover|andabove|ormore|plus|etplus|ouplus|ymas|omas|ans\\+|ansetplus)|"
        "(?:>|>=|≥|over|above|plusde|masde)(\\d{1,3})(?:ans|anos|years)?)$"));
    // A date of birth: 1980-05-03 (perhaps with a time), 03/05/1980, 3.5.1980.
    static const QRegularExpression date(
        QStringLiteral("^(?:(\\d{4})-\\d{1,2}-\\d{1,2}(?:t.*)?|\\d{1,2}[/.-]\\d{1,2}[/.-](\\d{4}))$"));

    const auto fromAgeOrYear = [this](int n, bool yearOnly) -> std::optional<AgeBand> {
        if (n >= 1900 && n <= m_currentYear)
            return bandForAge(m_currentYear - n);
        if (!yearOnly && n >= 1 && n <= 120)
            return bandForAge(n);
        return std::nullopt;
    };
    if (const auto m = number.match(t); m.hasMatch())
        return fromAgeOrYear(m.captured(1).toInt(), false);
    if (const auto m = range.match(t); m.hasMatch()) {
        const AgeBand low = bandForAge(m.captured(1).toInt()), high = bandForAge(m.captured(2).toInt());
        if (low == high && m.captured(1).toInt() <= m.captured(2).toInt())
            return low;
        return std::nullopt;
    }
    if (const auto m = under.match(t); m.hasMatch() && m.captured(1).toInt() <= 25)
        return AgeBand::Under25;
    if (const auto m = over.match(t); m.hasMatch()) {
        // "65+" includes 65; "over 64" / "plus de 64 ans" does not include 64.
        const int least = m.captured(1).isEmpty() ? m.captured(2).toInt() + 1 : m.captured(1).toInt();
        if (least >= 65)
            return AgeBand::From65;
        return std::nullopt;
    }
    if (const auto m = date.match(t); m.hasMatch())
        return fromAgeOrYear((m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).toInt(), true);
    if (const auto key = vocab::ageBandFromKey(cell.trimmed()))
        return *key;
    return std::nullopt;
}

} // namespace cordee
