#include "statuscolors.h"

namespace cordee {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

QColor errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
}

QColor cautionColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xc1, 0x4d) : QColor(0x95, 0x55, 0x00);
}

QString colorStyle(const QColor &color)
{
    return QStringLiteral("color: %1;").arg(color.name());
}

} // namespace cordee
