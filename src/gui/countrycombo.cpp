#include "countrycombo.h"

#include "countrytable.h"
#include "textfold.h"

#include <QComboBox>

#include <algorithm>

namespace cordee {

void fillCountryCombo(QComboBox *combo)
{
    const QString language = CountryTable::uiLanguage();
    QList<std::pair<QString, QString>> entries; // folded name for sorting, code
    for (const Country &c : CountryTable::instance().all())
        entries.append({foldForSearch(c.name(language)), c.code});
    std::sort(entries.begin(), entries.end());
    combo->addItem(QString(), QString());
    for (const auto &[folded, code] : std::as_const(entries))
        combo->addItem(CountryTable::instance().find(code)->name(language), code);
}

} // namespace cordee
