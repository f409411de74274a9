#include "sdg.h"

#include <QCoreApplication>

#include <array>

namespace cordee::sdg {

namespace {

struct Goal
{
    const char *name;
    unsigned colour;
};

// The short names follow the UN's English titles; the translations may use the official short names of
// their language.
constexpr std::array<Goal, Count> kGoals{
    Goal{QT_TRANSLATE_NOOP("Sdg", "No poverty"), 0xE5243B},
    Goal{QT_TRANSLATE_NOOP("Sdg", "Zero hunger"), 0xDDA63A},
    Goal{QT_TRANSLATE_NOOP("Sdg", "Good health and well-being"), 0x4C9F38},
    Goal{QT_TRANSLATE_NOOP("Sdg", "Quality education"), 0xC5192D},
    Goal{QT_TRANSLATE_NOOP("Sdg", "Gender equality"), 0xFF3A21},
    Goal{QT_TRANSLATE_NOOP("Sdg", "Clean water and sanitation"), 0x26BDE2},
    Goal{QT_TRANSLATE_NOOP("Sdg", "Affordable and clean energy"), 0xFCC30B},
    Goal{QT_TRANSLATE_NOOP("Sdg", "Decent work and economic growth"), 0xA21942},
    Goal{QT_TRANSLATE_NOOP("Sdg", "Industry, innovation and infrastructure"), 0xFD6925},
    Goal{QT_TRANSLATE_NOOP("Sdg", "Reduced inequalities"), 0xDD1367},
    Goal{QT_TRANSLATE_NOOP("Sdg", "Sustainable cities and communities"), 0xFD9D24},
    Goal{QT_TRANSLATE_NOOP("Sdg", "Responsible consumption and production"), 0xBF8B2E},
    Goal{QT_TRANSLATE_NOOP("Sdg", "Climate action"), 0x3F7E44},
    Goal{QT_TRANSLATE_NOOP("Sdg", "Life below water"), 0x0A97D9},
    Goal{QT_TRANSLATE_NOOP("Sdg", "Life on land"), 0x56C02B},
    Goal{QT_TRANSLATE_NOOP("Sdg", "Peace, justice and strong institutions"), 0x00689D},
    Goal{QT_TRANSLATE_NOOP("Sdg", "Partnerships for the goals"), 0x19486A},
};

} // namespace

QList<int> all()
{
    QList<int> goals;
    for (int g = 1; g <= Count; ++g)
        goals << g;
    return goals;
}

QString name(int goal)
{
    if (!isValid(goal))
        return {};
    return QCoreApplication::translate("Sdg", kGoals.at(std::size_t(goal - 1)).name);
}

QString shortLabel(int goal)
{
    return QCoreApplication::translate("Sdg", "SDG %1").arg(goal);
}

QString label(int goal)
{
    return QCoreApplication::translate("Sdg", "%1 · %2").arg(shortLabel(goal), name(goal));
}

unsigned colour(int goal)
{
    return isValid(goal) ? kGoals.at(std::size_t(goal - 1)).colour : 0;
}

} // namespace cordee::sdg
