package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	ID      string
	Balance int
	History []string
}

func (a *Account) Withdraw(n int) error {
	if n > a.Balance {
		return fmt.Errorf("withdraw %d from %s: %w", n, a.ID, ErrInsufficient)
	}
	a.Balance -= n
	a.History = append(a.History, fmt.Sprintf("-%d", n))
	return nil
}

func (a *Account) Deposit(n int) {
	a.Balance += n
	a.History = append(a.History, fmt.Sprintf("+%d", n))
}

func Transfer(from, to *Account, n int) error {
	if err := from.Withdraw(n); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	to.Deposit(n)
	return nil
}

func main() {
	a := &Account{ID: "A", Balance: 100}
	b := &Account{ID: "B"}
	for _, amt := range []int{30, 50, 40} {
		if err := Transfer(a, b, amt); err != nil {
			fmt.Println(err, errors.Is(err, ErrInsufficient))
		}
	}
	fmt.Printf("%+v\n%+v\n", *a, *b)
}
