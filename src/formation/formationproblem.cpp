#include "formationproblem.h"

#include "formationtext.h"

#include <QCoreApplication>

#include <algorithm>

namespace cordee::formation {

namespace {

// The translation context of the formation engine's messages.
struct Formation
{
    Q_DECLARE_TR_FUNCTIONS(Formation)
};

QString nameOr(const QStringList &names, int index, const QString &fallback)
{
    return index >= 0 && index < names.size() && !names.at(index).trimmed().isEmpty() ? names.at(index)
                                                                                      : fallback;
}

QString joined(const QStringList &items, const char *lastTwo)
{
    if (items.size() <= 1)
        return items.value(0);
    return Formation::tr(lastTwo).arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")),
                                      items.last());
}

} // namespace

int Problem::upperBound(int w) const
{
    return std::max(0, std::min(maxSize, workshops[w].capacity));
}

namespace text {

QString slot(const Problem &problem, int slot)
{
    return nameOr(problem.slotNames, slot, QString::number(slot + 1));
}

QString theme(const Problem &problem, int theme)
{
    return nameOr(problem.themeNames, theme, Formation::tr("theme %1").arg(theme + 1));
}

QString language(const Problem &problem, int language)
{
    if (language < 0)
        return Formation::tr("any language");
    return nameOr(problem.languageNames, language, Formation::tr("language %1").arg(language + 1));
}

QString workshop(const Problem &problem, int workshop)
{
    const Workshop &w = problem.workshops[workshop];
    const QString name = workshop < problem.workshopNames.size() ? problem.workshopNames.at(workshop)
                                                                 : QString::number(workshop + 1);
    return Formation::tr("%1 (%2, slot %3)").arg(name, theme(problem, w.theme), slot(problem, w.slot));
}

QString person(const Problem &problem, int person)
{
    if (person >= 0 && person < problem.personNames.size())
        return problem.personNames.at(person);
    return Formation::tr("Person %1").arg(person + 1);
}

QString orList(const QStringList &items)
{
    return joined(items, QT_TRANSLATE_NOOP("Formation", "%1 or %2"));
}

QString andList(const QStringList &items)
{
    return joined(items, QT_TRANSLATE_NOOP("Formation", "%1 and %2"));
}

} // namespace text

} // namespace cordee::formation
