#pragma once

#include <QList>
#include <QString>

namespace cordee::sdg {

/// The United Nations' Sustainable Development Goals, numbered 1 to 17, which proposals can be tagged with.
constexpr int Count = 17;

/// True for 1…17.
constexpr bool isValid(int goal)
{
    return goal >= 1 && goal <= Count;
}

/// 1…17.
QList<int> all();

/// The goal's short name, translated ("Decent work and economic growth"); empty for an invalid number.
QString name(int goal);

/// "SDG 8", translated ("ODD 8" in French, "ODS 8" in Spanish).
QString shortLabel(int goal);

/// "SDG 8 · Decent work and economic growth", for lists and tooltips.
QString label(int goal);

/// The goal's colour in the UN's palette, as 0xRRGGBB (for chips and charts); 0 for an invalid number.
unsigned colour(int goal);

} // namespace cordee::sdg
