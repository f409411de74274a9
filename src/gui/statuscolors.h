#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace cordee {

/// Text colour of a broken rule, legible on the palette's base (light or dark desktop theme). Colour is
/// never the only signal: the text also says what is wrong.
QColor errorColor(const QPalette &palette);
/// Text colour of something to look at that breaks no rule (an imbalance, a repeated meeting).
QColor cautionColor(const QPalette &palette);
/// "color: #rrggbb;" for a label's style sheet.
QString colorStyle(const QColor &color);

} // namespace cordee
