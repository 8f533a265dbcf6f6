package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	ID      string
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
	if n > a.balance {
		return fmt.Errorf("withdraw %d from %s: %w", n, a.ID, ErrInsufficient)
	}
	a.balance -= n
	a.history = append(a.history, fmt.Sprintf("-%d", n))
	return nil
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

type Bank struct {
	mu       sync.Mutex
	accounts map[string]*Account
}

func NewBank() *Bank { return &Bank{accounts: make(map[string]*Account)} }

func (b *Bank) Open(id string, initial int) *Account {
	b.mu.Lock()
	defer b.mu.Unlock()
	acc := &Account{ID: id, balance: initial}
	b.accounts[id] = acc
	return acc
}

func (b *Bank) Transfer(from, to string, amount int) error {
	b.mu.Lock()
	src, dst := b.accounts[from], b.accounts[to]
	b.mu.Unlock()
	if src == nil || dst == nil {
		return fmt.Errorf("transfer %s->%s: unknown account", from, to)
	}
	if err := src.Withdraw(amount); err != nil {
		return err
	}
	dst.Deposit(amount)
	return nil
}

func (b *Bank) Total() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	total := 0
	for _, a := range b.accounts {
		total += a.Balance()
	}
	return total
}

func main() {
	bank := NewBank()
	bank.Open("alice", 100)
	bank.Open("bob", 50)
	bank.Open("carol", 0)

	var wg sync.WaitGroup
	var errMu sync.Mutex
	failures := 0
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			names := []string{"alice", "bob", "carol"}
			from, to := names[i%3], names[(i+1)%3]
			if err := bank.Transfer(from, to, 10); err != nil {
				errMu.Lock()
				failures++
				errMu.Unlock()
			}
		}(i)
	}
	wg.Wait()

	fmt.Println("total:", bank.Total())
	fmt.Println("some transfers failed:", failures > 0)
	ids := make([]string, 0, len(bank.accounts))
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	sum := 0
	for _, id := range ids {
		sum += bank.accounts[id].Balance()
	}
	fmt.Println("sum matches total:", sum == bank.Total())

	err := bank.Transfer("carol", "alice", 1_000)
	fmt.Println(err)
	fmt.Println("is insufficient:", errors.Is(err, ErrInsufficient))
	fmt.Println(bank.Transfer("dave", "alice", 1))
}
