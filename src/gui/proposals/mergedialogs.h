#pragma once

#include "proposal.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace cordee {

/// Merge…: the proposals to merge, and the text of the merged one, prefilled with theirs (one paragraph
/// each) for the committee to rewrite. What the merge makes (status, workshop, the originals kept and marked)
/// is said before it is done.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(const ProposalSet &set, const QStringList &keys, QWidget *parent = nullptr);

    QStringList keys() const { return m_keys; }
    QString text() const;
    QPlainTextEdit *editor() const { return m_text; }

private:
    QStringList m_keys;
    QPlainTextEdit *m_text = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

/// Split…: one text box per new proposal, prefilled from the original's sentences; parts can be added and
/// taken away (two at least).
class SplitDialog : public QDialog
{
    Q_OBJECT

public:
    SplitDialog(const Proposal &original, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    /// The parts' texts, trimmed, empty ones left out.
    QStringList texts() const;
    QList<QPlainTextEdit *> parts() const { return m_parts; }
    void addPart(const QString &text = {});

private:
    void updateState();

    QString m_key;
    QList<QPlainTextEdit *> m_parts;
    QList<QWidget *> m_partRows;
    QVBoxLayout *m_partsLayout = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace cordee
