#include "icons.h"

#include <QGuiApplication>
#include <QPalette>

namespace cordee {

QIcon themedIcon(const QString &name)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    return QIcon(QStringLiteral(":/cordee/icons/%1/%2.svg").arg(dark ? u"dark" : u"light", name));
}

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/cordee/icons/cordee.svg"));
}

} // namespace cordee
