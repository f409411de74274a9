#pragma once

#include "participantfilter.h"

#include <QWidget>

class QMenu;
class QToolButton;

namespace cordee {

class ForumDocument;

/// The facet buttons above the participants table (country, continent, category, gender, role): each opens a
/// menu of checkable values with their head counts; checked values narrow the table.
class FacetBar : public QWidget
{
    Q_OBJECT

public:
    explicit FacetBar(QWidget *parent = nullptr);

    void setDocument(ForumDocument *document);
    const ParticipantFacets &facets() const { return m_facets; }
    void setFacets(const ParticipantFacets &facets);
    void clear();

Q_SIGNALS:
    void facetsChanged(const cordee::ParticipantFacets &facets);

private:
    QToolButton *addButton(const QString &objectName);
    void rebuildMenus();
    void collect();
    void updateTexts();

    ForumDocument *m_document = nullptr;
    ParticipantFacets m_facets;
    QToolButton *m_country = nullptr;
    QToolButton *m_continent = nullptr;
    QToolButton *m_category = nullptr;
    QToolButton *m_gender = nullptr;
    QToolButton *m_role = nullptr;
    QToolButton *m_age = nullptr;
    QToolButton *m_clear = nullptr;
};

} // namespace cordee
