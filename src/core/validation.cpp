#include "validation.h"

#include "countrytable.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace cordee {

namespace {

// The translation context of this file's messages (lupdate reads Validation::tr the same way).
struct Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

template <typename T>
void checkUniqueKeys(const QList<T> &items, const QString &listName, QList<FieldProblem> &out)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("%1[%2].key").arg(listName).arg(i);
        const QString &key = items.at(i).key;
        if (!isValidKey(key))
            out << FieldProblem{
                path, Validation::tr("a key must be 1–64 letters, digits, '-' or '_' (got \"%1\")").arg(key)};
        else if (seen.contains(key))
            out << FieldProblem{path, Validation::tr("the key \"%1\" is used twice").arg(key)};
        seen.insert(key);
    }
}

template <typename T>
QSet<QString> keysOf(const QList<T> &items)
{
    QSet<QString> keys;
    for (const T &item : items)
        keys.insert(item.key);
    return keys;
}

} // namespace

bool isValidEmail(const QString &email)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^[^@\s"(),:;<>\[\\\]]+@[^@\s"(),:;<>\[\\\]]+\.[^@\s"(),:;<>\[\\\].]{2,}$)"));
    return re.match(email).hasMatch() && !email.contains(QStringLiteral(".."));
}

bool isValidLanguageCode(const QString &code)
{
    if (code.size() != 2 || !code.at(0).isLower() || !code.at(1).isLower())
        return false;
    return QLocale::codeToLanguage(code, QLocale::ISO639Part1) != QLocale::AnyLanguage;
}

bool isValidKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return re.match(key).hasMatch();
}

QList<FieldProblem> validateParticipant(const Participant &p, const QStringList &themeKeys,
                                        const QStringList &slotKeys)
{
    QList<FieldProblem> out;
    if (p.firstName.trimmed().isEmpty() && p.lastName.trimmed().isEmpty())
        out << FieldProblem{QStringLiteral("lastName"), Validation::tr("a first or a last name is needed")};
    if (!p.email.isEmpty() && !isValidEmail(p.email))
        out << FieldProblem{QStringLiteral("email"),
                            Validation::tr("\"%1\" is not an e-mail address").arg(p.email)};
    if (!p.country.isEmpty() && !CountryTable::instance().find(p.country))
        out << FieldProblem{QStringLiteral("country"),
                            Validation::tr("\"%1\" is not an ISO 3166 country code").arg(p.country)};
    for (const QString &lang : p.languages)
        if (!isValidLanguageCode(lang))
            out << FieldProblem{QStringLiteral("languages"),
                                Validation::tr("\"%1\" is not an ISO 639-1 language code").arg(lang)};
    if (p.preferences.size() > Participant::MaxPreferences)
        out << FieldProblem{QStringLiteral("preferences"), Validation::tr("at most 5 theme preferences")};
    QSet<QString> seen;
    for (const QString &pref : p.preferences) {
        if (!themeKeys.isEmpty() && !themeKeys.contains(pref))
            out << FieldProblem{QStringLiteral("preferences"), Validation::tr("no theme \"%1\"").arg(pref)};
        if (seen.contains(pref))
            out << FieldProblem{QStringLiteral("preferences"),
                                Validation::tr("the theme \"%1\" is ranked twice").arg(pref)};
        seen.insert(pref);
    }
    if (!slotKeys.isEmpty())
        for (const QString &slot : p.unavailableSlots)
            if (!slotKeys.contains(slot))
                out << FieldProblem{QStringLiteral("unavailableSlots"),
                                    Validation::tr("no time slot \"%1\"").arg(slot)};
    if (p.roles.isEmpty())
        out << FieldProblem{QStringLiteral("roles"), Validation::tr("at least one role is needed")};
    return out;
}

QList<FieldProblem> validateForumInfo(const ForumInfo &info)
{
    QList<FieldProblem> out;
    if (info.title.trimmed().isEmpty())
        out << FieldProblem{QStringLiteral("title"), Validation::tr("the forum needs a title")};
    if (info.edition < 0)
        out << FieldProblem{QStringLiteral("edition"), Validation::tr("the edition cannot be negative")};
    if (!info.country.isEmpty() && !CountryTable::instance().find(info.country))
        out << FieldProblem{QStringLiteral("country"),
                            Validation::tr("\"%1\" is not an ISO 3166 country code").arg(info.country)};
    if (info.startDate.isValid() && info.endDate.isValid() && info.endDate < info.startDate)
        out << FieldProblem{QStringLiteral("end"), Validation::tr("the forum ends before it starts")};
    if (info.languages.isEmpty())
        out << FieldProblem{QStringLiteral("languages"),
                            Validation::tr("the forum needs at least one language")};
    for (const QString &lang : info.languages)
        if (!isValidLanguageCode(lang))
            out << FieldProblem{QStringLiteral("languages"),
                                Validation::tr("\"%1\" is not an ISO 639-1 language code").arg(lang)};
    if (info.workshopMin < 1)
        out << FieldProblem{QStringLiteral("workshop_size.min"),
                            Validation::tr("a workshop needs at least one person")};
    if (info.workshopMax < info.workshopMin)
        out << FieldProblem{QStringLiteral("workshop_size.max"),
                            Validation::tr("the largest workshop size is below the smallest")};
    return out;
}

QList<FieldProblem> validateForumData(const ForumData &data)
{
    QList<FieldProblem> out = validateForumInfo(data.info);
    checkUniqueKeys(data.themes, QStringLiteral("themes"), out);
    checkUniqueKeys(data.rooms, QStringLiteral("rooms"), out);
    checkUniqueKeys(data.timeSlots, QStringLiteral("slots"), out);
    checkUniqueKeys(data.workshops, QStringLiteral("workshops"), out);
    for (qsizetype i = 0; i < data.themes.size(); ++i)
        if (data.themes.at(i).title.trimmed().isEmpty())
            out << FieldProblem{QStringLiteral("themes[%1].title").arg(i),
                                Validation::tr("a theme needs a title")};
    for (qsizetype i = 0; i < data.rooms.size(); ++i) {
        const Room &r = data.rooms.at(i);
        if (r.capacity < 1)
            out << FieldProblem{QStringLiteral("rooms[%1].capacity").arg(i),
                                Validation::tr("a room holds at least one person (got %1)").arg(r.capacity)};
    }
    const QSet<QString> themes = keysOf(data.themes), rooms = keysOf(data.rooms),
                        slotKeys = keysOf(data.timeSlots);
    for (qsizetype i = 0; i < data.timeSlots.size(); ++i) {
        const TimeSlot &s = data.timeSlots.at(i);
        const QString path = QStringLiteral("slots[%1]").arg(i);
        if (!s.date.isValid())
            out << FieldProblem{path + QStringLiteral(".date"),
                                Validation::tr("a date is needed (YYYY-MM-DD)")};
        else if ((data.info.startDate.isValid() && s.date < data.info.startDate) ||
                 (data.info.endDate.isValid() && s.date > data.info.endDate))
            out << FieldProblem{path + QStringLiteral(".date"),
                                Validation::tr("the slot falls outside the forum's dates")};
        if (!s.start.isValid() || !s.end.isValid())
            out << FieldProblem{path + QStringLiteral(".start"),
                                Validation::tr("start and end times are needed (HH:MM)")};
        else if (s.end <= s.start)
            out << FieldProblem{path + QStringLiteral(".end"),
                                Validation::tr("the slot ends before it starts")};
        if (!s.room.isEmpty() && !rooms.contains(s.room))
            out << FieldProblem{path + QStringLiteral(".room"), Validation::tr("no room \"%1\"").arg(s.room)};
    }
    for (qsizetype i = 0; i < data.workshops.size(); ++i) {
        const Workshop &w = data.workshops.at(i);
        const QString path = QStringLiteral("workshops[%1]").arg(i);
        if (!slotKeys.contains(w.slot))
            out << FieldProblem{path + QStringLiteral(".slot"), Validation::tr("no slot \"%1\"").arg(w.slot)};
        if (!w.theme.isEmpty() && !themes.contains(w.theme))
            out << FieldProblem{path + QStringLiteral(".theme"),
                                Validation::tr("no theme \"%1\"").arg(w.theme)};
        if (!w.room.isEmpty() && !rooms.contains(w.room))
            out << FieldProblem{path + QStringLiteral(".room"), Validation::tr("no room \"%1\"").arg(w.room)};
        if (!w.language.isEmpty() && !isValidLanguageCode(w.language))
            out << FieldProblem{path + QStringLiteral(".language"),
                                Validation::tr("\"%1\" is not an ISO 639-1 language code").arg(w.language)};
    }
    const QStringList themeList(themes.cbegin(), themes.cend()), slotList(slotKeys.cbegin(), slotKeys.cend());
    for (qsizetype i = 0; i < data.participants.size(); ++i)
        for (const FieldProblem &p : validateParticipant(data.participants.at(i), themeList, slotList))
            out << FieldProblem{QStringLiteral("participants[%1].%2").arg(i).arg(p.field), p.message};
    return out;
}

} // namespace cordee
