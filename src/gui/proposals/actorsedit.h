#pragma once

#include <QLayout>
#include <QStringList>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace cordee {

/// Lays its items out left to right, wrapping to the next line when the width is used up (tag chips).
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    QSize sizeHint() const override { return minimumSize(); }
    QSize minimumSize() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const;
    QList<QLayoutItem *> m_items;
};

/// The actors a proposal calls on, as chips with a field to add more: Enter or a comma adds what is typed,
/// completing from the actors named elsewhere in the forum; a chip's button (or Backspace in the empty field)
/// takes one away.
class ActorsEdit : public QWidget
{
    Q_OBJECT

public:
    explicit ActorsEdit(QWidget *parent = nullptr);

    QStringList actors() const { return m_actors; }
    void setActors(const QStringList &actors);
    /// What the field completes from.
    void setKnownActors(const QStringList &actors);
    QLineEdit *field() const { return m_field; }

Q_SIGNALS:
    /// The user added or removed an actor.
    void actorsEdited(const QStringList &actors);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildChips();
    void addTyped();

    QStringList m_actors;
    FlowLayout *m_flow = nullptr;
    QLineEdit *m_field = nullptr;
    QStringListModel *m_known = nullptr;
    QList<QWidget *> m_chips;
};

} // namespace cordee
