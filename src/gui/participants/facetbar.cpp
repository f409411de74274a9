#include "facetbar.h"

#include "countrytable.h"
#include "forumdocument.h"
#include "icons.h"
#include "textfold.h"

#include <QHBoxLayout>
#include <QMap>
#include <QMenu>
#include <QToolButton>

namespace cordee {

namespace {

// Values of one facet with their head counts, in menu order.
template <typename Key>
void fillMenu(QMenu *menu, const QList<std::pair<Key, QString>> &values, const QMap<Key, int> &counts,
              const QSet<Key> &checked)
{
    menu->clear();
    for (const auto &[key, label] : values) {
        QAction *a = menu->addAction(QStringLiteral("%1 (%2)").arg(label).arg(counts.value(key)));
        a->setCheckable(true);
        a->setChecked(checked.contains(key));
        a->setData(QVariant::fromValue(key));
    }
}

template <typename Key>
QSet<Key> checkedKeys(const QToolButton *button)
{
    QSet<Key> out;
    for (const QAction *a : button->menu()->actions())
        if (a->isChecked())
            out.insert(a->data().value<Key>());
    return out;
}

template <typename E>
QList<std::pair<E, QString>> labelled(const QList<E> &values)
{
    QList<std::pair<E, QString>> out;
    for (E v : values)
        out.append({v, vocab::label(v)});
    return out;
}

} // namespace

FacetBar::FacetBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_country = addButton(QStringLiteral("countryFacet"));
    m_continent = addButton(QStringLiteral("continentFacet"));
    m_category = addButton(QStringLiteral("categoryFacet"));
    m_gender = addButton(QStringLiteral("genderFacet"));
    m_role = addButton(QStringLiteral("roleFacet"));
    m_age = addButton(QStringLiteral("ageFacet"));
    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFacets"));
    m_clear->setIcon(themedIcon(QStringLiteral("edit-clear")));
    m_clear->setText(tr("Clear filters"));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, &FacetBar::clear);
    layout->addWidget(m_clear);
    updateTexts();
}

QToolButton *FacetBar::addButton(const QString &objectName)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(button);
    connect(menu, &QMenu::triggered, this, &FacetBar::collect);
    button->setMenu(menu);
    layout()->addWidget(button);
    return button;
}

void FacetBar::setDocument(ForumDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &ForumDocument::participantsChanged, this, &FacetBar::rebuildMenus);
    m_facets = {};
    rebuildMenus();
}

void FacetBar::rebuildMenus()
{
    QMap<QString, int> countries;
    QMap<Continent, int> continents;
    QMap<Category, int> categories;
    QMap<Gender, int> genders;
    QMap<Role, int> roles;
    QMap<AgeBand, int> ages;
    if (m_document)
        for (const Participant &p : m_document->participants()) {
            if (const Country *c = CountryTable::instance().find(p.country)) {
                ++countries[c->code];
                ++continents[c->continent];
            }
            ++categories[p.category];
            ++genders[p.gender];
            ++ages[p.ageBand];
            for (Role r : p.roles.toList())
                ++roles[r];
        }
    QList<std::pair<QString, QString>> countryValues;
    for (auto it = countries.cbegin(); it != countries.cend(); ++it)
        countryValues.append({it.key(), CountryTable::instance().displayName(it.key())});
    std::sort(countryValues.begin(), countryValues.end(),
              [](const auto &a, const auto &b) { return foldForSearch(a.second) < foldForSearch(b.second); });
    fillMenu(m_country->menu(), countryValues, countries, m_facets.countries);
    fillMenu(m_continent->menu(), labelled(vocab::continents()), continents, m_facets.continents);
    QList<Category> allCategories = vocab::categories();
    allCategories << Category::Unspecified;
    fillMenu(m_category->menu(), labelled(allCategories), categories, m_facets.categories);
    fillMenu(m_gender->menu(), labelled(vocab::genders()), genders, m_facets.genders);
    fillMenu(m_role->menu(), labelled(vocab::roles()), roles, m_facets.roles);
    QList<AgeBand> allAges = vocab::ageBands();
    if (!allAges.contains(AgeBand::Unknown))
        allAges << AgeBand::Unknown;
    fillMenu(m_age->menu(), labelled(allAges), ages, m_facets.ageBands);
    updateTexts();
}

void FacetBar::collect()
{
    ParticipantFacets f;
    f.countries = checkedKeys<QString>(m_country);
    f.continents = checkedKeys<Continent>(m_continent);
    f.categories = checkedKeys<Category>(m_category);
    f.genders = checkedKeys<Gender>(m_gender);
    f.roles = checkedKeys<Role>(m_role);
    f.ageBands = checkedKeys<AgeBand>(m_age);
    m_facets = f;
    updateTexts();
    Q_EMIT facetsChanged(m_facets);
}

void FacetBar::setFacets(const ParticipantFacets &facets)
{
    m_facets = facets;
    rebuildMenus();
    Q_EMIT facetsChanged(m_facets);
}

void FacetBar::clear()
{
    setFacets({});
}

void FacetBar::updateTexts()
{
    const auto text = [](const QString &name, qsizetype n) {
        return n == 0 ? name : QStringLiteral("%1 (%2)").arg(name).arg(n);
    };
    m_country->setText(text(tr("Country"), m_facets.countries.size()));
    m_continent->setText(text(tr("Continent"), m_facets.continents.size()));
    m_category->setText(text(tr("Category"), m_facets.categories.size()));
    m_gender->setText(text(tr("Gender"), m_facets.genders.size()));
    m_role->setText(text(tr("Role"), m_facets.roles.size()));
    m_age->setText(text(tr("Age"), m_facets.ageBands.size()));
    for (QToolButton *b : {m_country, m_continent, m_category, m_gender, m_role, m_age})
        b->setAccessibleName(b->text());
    m_clear->setEnabled(!m_facets.isEmpty());
}

} // namespace cordee
