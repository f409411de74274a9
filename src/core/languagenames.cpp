#include "languagenames.h"

#include <QHash>
#include <QLocale>

namespace cordee {

QString nativeLanguageName(const QString &code)
{
    // Languages whose Qt name carries a country, or that forums meet most, by their own names.
    static const QHash<QString, QString> names{
        {QStringLiteral("ar"), QStringLiteral("العربية")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("español")},
        {QStringLiteral("fr"), QStringLiteral("français")},
        {QStringLiteral("it"), QStringLiteral("italiano")},
        {QStringLiteral("nl"), QStringLiteral("Nederlands")},
        {QStringLiteral("pt"), QStringLiteral("português")},
        {QStringLiteral("sw"), QStringLiteral("Kiswahili")},
        {QStringLiteral("zh"), QStringLiteral("中文")},
    };
    const QString lower = code.trimmed().toLower();
    if (const auto it = names.constFind(lower); it != names.cend())
        return *it;
    const QLocale locale(lower);
    if (lower.isEmpty() || locale.language() == QLocale::C)
        return code;
    const QString native = locale.nativeLanguageName();
    return native.isEmpty() ? QLocale::languageToString(locale.language()) : native;
}

} // namespace cordee
