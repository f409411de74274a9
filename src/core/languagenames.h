#pragma once

#include <QString>

namespace cordee {

/// A language by its own name, without a country: "English", "français", "español", "العربية". Qt's
/// QLocale::nativeLanguageName() names the default country's variant ("American English", "español de
/// España"), which misreads as a choice the organizer made. Unknown codes come back as they are.
QString nativeLanguageName(const QString &code);

} // namespace cordee
