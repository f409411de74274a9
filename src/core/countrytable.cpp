#include "countrytable.h"

#include "textfold.h"

#include <QFile>
#include <QLocale>
#include <QTextStream>

namespace cordee {

QString Country::name(const QString &language) const
{
    if (language == u"fr")
        return nameFr;
    if (language == u"es")
        return nameEs;
    return nameEn;
}

const CountryTable &CountryTable::instance()
{
    static const CountryTable table;
    return table;
}

CountryTable::CountryTable()
{
    QFile file(QStringLiteral(":/cordee/data/countries.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The country table is missing from the resources");
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);
    in.readLine(); // header
    while (!in.atEnd()) {
        const QStringList f = in.readLine().split(u'\t');
        if (f.size() < 7)
            continue;
        Country c;
        c.code = f.at(0);
        c.alpha3 = f.at(1);
        c.continent = vocab::continentFromKey(f.at(2)).value_or(Continent::Europe);
        c.nameEn = f.at(3);
        c.nameFr = f.at(4);
        c.nameEs = f.at(5);
        c.aliases = f.at(6).split(u'|', Qt::SkipEmptyParts);
        m_byCode.insert(c.code, m_countries.size());
        for (const QString &n : {c.code, c.alpha3, c.nameEn, c.nameFr, c.nameEs})
            m_byFoldedName.insert(foldForSearch(n), c.code);
        for (const QString &n : std::as_const(c.aliases))
            m_byFoldedName.insert(foldForSearch(n), c.code);
        m_countries << c;
    }
}

const Country *CountryTable::find(const QString &alpha2) const
{
    const auto it = m_byCode.constFind(alpha2);
    return it == m_byCode.cend() ? nullptr : &m_countries.at(*it);
}

QString CountryTable::codeFor(const QString &codeOrName) const
{
    const QString folded = foldForSearch(codeOrName.trimmed());
    return m_byFoldedName.value(folded);
}

QString CountryTable::displayName(const QString &alpha2) const
{
    const Country *c = find(alpha2);
    return c ? c->name(uiLanguage()) : alpha2;
}

QString CountryTable::uiLanguage()
{
    return QLocale().name().section(u'_', 0, 0);
}

} // namespace cordee
