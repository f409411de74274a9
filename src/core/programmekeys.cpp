#include "programmekeys.h"

#include "textfold.h"

#include <QLocale>
#include <QStringList>

namespace cordee {

namespace {

constexpr qsizetype MaxTitleKey = 24;
constexpr qsizetype MaxKey = 64;

/// `base`, or `base` followed by "-2", "-3"… (or by "2", "3"… when `dash` is false): the first not taken.
QString firstFree(const QString &base, const QSet<QString> &taken, bool dash, int firstNumber = 2)
{
    if (!taken.contains(base) && firstNumber == 2)
        return base;
    for (int n = firstNumber;; ++n) {
        const QString suffix = (dash ? QStringLiteral("-") : QString()) + QString::number(n);
        const QString key = base.left(MaxKey - suffix.size()) + suffix;
        if (!taken.contains(key))
            return key;
    }
}

/// Whether a folded word says something about the item (articles and short words do not).
bool isDistinctive(const QString &w)
{
    static const QSet<QString> stop = [] {
        QSet<QString> s;
        for (const QString &word :
             QStringLiteral("the and for with from into des del los las les une por para "
                            "pour avec dans sur und der die das")
                 .split(u' '))
            s.insert(word);
        return s;
    }();
    return w.front().isDigit() || (w.size() >= 3 && !stop.contains(w));
}

} // namespace

QString keyFromTitle(const QString &title, const QSet<QString> &taken, const QString &fallback)
{
    QStringList all, words;
    QString word;
    const QString folded = foldForSearch(title) + u' ';
    for (const QChar ch : folded) {
        if ((ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9')) {
            word += ch;
            continue;
        }
        if (!word.isEmpty()) {
            all << word;
            if (isDistinctive(word))
                words << word;
        }
        word.clear();
    }
    if (words.isEmpty())
        words = all;
    QString key;
    for (const QString &w : std::as_const(words)) {
        const QString next = key.isEmpty() ? w : key + u'-' + w;
        if (next.size() > MaxTitleKey)
            break;
        key = next;
    }
    if (key.isEmpty())
        key = words.isEmpty() ? fallback : words.constFirst().left(MaxTitleKey);
    return firstFree(key.toUpper(), taken, true);
}

QString timeSlotKey(int dayNumber, SlotKind kind, const QSet<QString> &taken)
{
    const QString day = QStringLiteral("D%1-").arg(dayNumber);
    switch (kind) {
    case SlotKind::Workshops: {
        // Workshop slots are numbered across the forum ("D1-W1", "D2-W2", "D2-W3"), as in the demo.
        int count = 0;
        for (const QString &key : taken) {
            const qsizetype dash = key.indexOf(u'-');
            if (dash > 0 && key.mid(dash + 1).startsWith(u'W') && key.size() > dash + 2 &&
                key.at(dash + 2).isDigit())
                ++count;
        }
        for (int n = count + 1;; ++n)
            if (const QString key = day + u'W' + QString::number(n); !taken.contains(key))
                return key;
    }
    case SlotKind::Conference:
        return firstFree(day + QStringLiteral("CONF"), taken, false);
    case SlotKind::RoundTable:
        return firstFree(day + QStringLiteral("RT"), taken, false);
    case SlotKind::Break:
        break;
    }
    return firstFree(day + QStringLiteral("BREAK"), taken, false);
}

QString workshopKey(const QString &slotKey, const QString &themeKey, const QString &language,
                    const QSet<QString> &taken)
{
    QString prefix = slotKey;
    if (!themeKey.isEmpty())
        prefix += u'-' + themeKey;
    if (!language.isEmpty())
        prefix += u'-' + language;
    return firstFree(prefix.left(MaxKey - 4), taken, true, 1);
}

QString timeSlotLabel(const TimeSlot &slot, const QString &separator)
{
    const QLocale locale;
    return locale.toString(slot.date, QStringLiteral("ddd d MMM")) + separator +
           locale.toString(slot.start, QStringLiteral("HH:mm"));
}

} // namespace cordee
