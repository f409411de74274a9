#pragma once

#include <QIcon>
#include <QString>

namespace cordee {

/// An icon of Cordée's bundled set (Breeze), in its light or dark variant to match the current palette.
QIcon themedIcon(const QString &name);

/// The application's own icon.
QIcon applicationIcon();

} // namespace cordee
