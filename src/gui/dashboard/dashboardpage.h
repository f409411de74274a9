#pragma once

#include "page.h"

#include <functional>

class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QStackedWidget;

namespace cordee {

/// The Dashboard page: chart cards (participants by continent, country, category, gender and age; the
/// workshops of a slot by size, gender, diversity and preference met), each with a one-line reading and its
/// own Export…. Clicking a slice or a bar opens the matching list.
class DashboardPage : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent = nullptr);
    ~DashboardPage() override;

    QString title() const override { return tr("Dashboard"); }
    QIcon icon() const override;
    void setDocument(ForumDocument *document) override;
    QList<QAction *> pageActions() const override;

    /// The chart views, by card name ("continents", "countries", …), for tests.
    QChartView *chart(const QString &name) const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void rebuildWorkshopCharts();
    void rebuildProposalCharts();
    void markDirty();
    void addCard(QGridLayout *grid, int index, const QString &name, const QString &title,
                 const QString &reading, QChartView *view);
    void exportCard(const QString &name);
    void openFacet(const QString &facet, const QString &value);

    ForumDocument *m_document = nullptr;
    bool m_dirty = true;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_participantCards = nullptr;
    QWidget *m_workshopCards = nullptr;
    QWidget *m_proposalCards = nullptr;
    QComboBox *m_slot = nullptr;
    QLabel *m_empty = nullptr;
    QList<std::pair<QString, QChartView *>> m_charts;
    QAction *m_refresh = nullptr;
};

} // namespace cordee
