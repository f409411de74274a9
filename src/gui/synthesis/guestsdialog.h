#pragma once

#include "forum.h"

#include <QDialog>

class QTableWidget;

namespace cordee {

/// The guests of honour the declaration thanks at the opening: name, title, and the title in each language
/// of the declaration where it differs. Rows keep their order; a row without a name is left out.
class GuestsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GuestsDialog(const QList<Guest> &guests, QWidget *parent = nullptr);

    QList<Guest> guests() const;
    QTableWidget *table() const { return m_table; }
    void addRow(const Guest &guest = {});

private:
    void moveCurrent(int delta);

    QTableWidget *m_table = nullptr;
};

} // namespace cordee
