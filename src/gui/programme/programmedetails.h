#pragma once

#include "programmeconflicts.h"
#include "programmeref.h"

#include <QWidget>

class QTextBrowser;

namespace cordee {

class ForumDocument;

/// The details panel of the Programme page: the selected time slot, workshop, theme or room, what it
/// holds or uses, and the conflicts it is part of.
class ProgrammeDetails : public QWidget
{
    Q_OBJECT

public:
    explicit ProgrammeDetails(QWidget *parent = nullptr);

    void showItem(const ForumDocument *document, const ProgrammeRef &ref,
                  const QList<ProgrammeConflict> &conflicts);
    QString text() const;

private:
    QString describeSlot(const ForumDocument &document, const QString &key) const;
    QString describeWorkshop(const ForumDocument &document, const QString &key) const;
    QString describeTheme(const ForumDocument &document, const QString &key) const;
    QString describeRoom(const ForumDocument &document, const QString &key) const;

    QTextBrowser *m_text = nullptr;
};

} // namespace cordee
