#pragma once

#include "declaration.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;

namespace cordee {

/// The declaration's exports kept in the forum file, the latest first: when, in which language and format,
/// where, and how many proposals each held, so the committee sees what was sent.
class ExportHistory : public QWidget
{
    Q_OBJECT

public:
    explicit ExportHistory(QWidget *parent = nullptr);

    void setRecords(const QList<ExportRecord> &records);
    int count() const;
    QListWidget *list() const { return m_list; }

private:
    QLabel *m_summary;
    QListWidget *m_list;
};

} // namespace cordee
