// Bank accounts guarded by mutexes: concurrent transfers, wrapped sentinel errors, final balances.
package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	id      int
	balance int
	history []string
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
	a.history = append(a.history, fmt.Sprintf("+%d", n))
}

func (a *Account) Withdraw(n int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.balance < n {
		return fmt.Errorf("account %d: withdraw %d: %w", a.id, n, ErrInsufficient)
	}
	a.balance -= n
	a.history = append(a.history, fmt.Sprintf("-%d", n))
	return nil
}

func transfer(from, to *Account, n int) error {
	if err := from.Withdraw(n); err != nil {
		return err
	}
	to.Deposit(n)
	return nil
}

func main() {
	a := &Account{id: 1, balance: 100}
	b := &Account{id: 2, balance: 50}
	var wg sync.WaitGroup
	var failMu sync.Mutex
	failures := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(amount int) {
			defer wg.Done()
			if err := transfer(a, b, amount); err != nil {
				failMu.Lock()
				failures++
				failMu.Unlock()
				fmt.Println("error:", err, errors.Is(err, ErrInsufficient))
			}
		}(i * 5)
	}
	wg.Wait()
	fmt.Printf("a=%d b=%d total=%d failures=%d\n", a.balance, b.balance, a.balance+b.balance, failures)
	fmt.Println(len(a.history), len(b.history))
	fmt.Println(a.history)
}
