package main

import (
	"errors"
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	HasCoins
	Dispensing
	OutOfStock
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case HasCoins:
		return "HasCoins"
	case Dispensing:
		return "Dispensing"
	case OutOfStock:
		return "OutOfStock"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event struct {
	Kind   string
	Amount int
	Item   string
}

var (
	ErrInvalid   = errors.New("invalid event for state")
	ErrNoFunds   = errors.New("not enough money")
	ErrSoldOut   = errors.New("sold out")
	ErrNoSuchKey = errors.New("unknown item")
)

type Machine struct {
	state   State
	credit  int
	prices  map[string]int
	stock   map[string]int
	history []string
}

func (m *Machine) transition(to State, note string) {
	m.history = append(m.history, fmt.Sprintf("%v->%v(%s)", m.state, to, note))
	m.state = to
}

func (m *Machine) Handle(e Event) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("%s in %v: %w", e.Kind, m.state, err)
		}
	}()
	switch m.state {
	case Idle, HasCoins:
		switch e.Kind {
		case "coin":
			m.credit += e.Amount
			m.transition(HasCoins, fmt.Sprint("+", e.Amount))
		case "select":
			price, ok := m.prices[e.Item]
			if !ok {
				return ErrNoSuchKey
			}
			if m.stock[e.Item] == 0 {
				return ErrSoldOut
			}
			if m.credit < price {
				return fmt.Errorf("%w: need %d more", ErrNoFunds, price-m.credit)
			}
			m.credit -= price
			m.stock[e.Item]--
			m.transition(Dispensing, e.Item)
			m.transition(Idle, "done")
			if m.credit > 0 {
				m.transition(HasCoins, fmt.Sprint("change ", m.credit))
			}
		default:
			return ErrInvalid
		}
	default:
		return ErrInvalid
	}
	return nil
}

func main() {
	m := &Machine{prices: map[string]int{"cola": 150, "chips": 100}, stock: map[string]int{"cola": 1, "chips": 5}}
	events := []Event{
		{Kind: "select", Item: "cola"},
		{Kind: "coin", Amount: 100},
		{Kind: "select", Item: "cola"},
		{Kind: "coin", Amount: 100},
		{Kind: "select", Item: "cola"},
		{Kind: "select", Item: "cola"},
		{Kind: "select", Item: "water"},
		{Kind: "kick"},
		{Kind: "select", Item: "chips"},
	}
	for _, e := range events {
		if err := m.Handle(e); err != nil {
			fmt.Println("error:", err)
			switch {
			case errors.Is(err, ErrNoFunds):
				fmt.Println("  -> insert more coins")
			case errors.Is(err, ErrSoldOut), errors.Is(err, ErrNoSuchKey):
				fmt.Println("  -> choose another item")
			}
		}
	}
	fmt.Println(m.state, m.credit, m.stock)
	fmt.Println(strings.Join(m.history, "\n"))
	fmt.Println(State(9))
}
