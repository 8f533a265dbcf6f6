package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

type Account struct {
	ID      int
	Owner   string
	Balance float64
	mu      sync.Mutex
}

var ErrInsufficient = errors.New("insufficient funds")

type TxError struct {
	From, To int
	Err      error
}

func (e *TxError) Error() string {
	return fmt.Sprintf("tx %d->%d: %v", e.From, e.To, e.Err)
}

func (e *TxError) Unwrap() error { return e.Err }

func transfer(a, b *Account, amt float64) error {
	first, second := a, b
	if b.ID < a.ID {
		first, second = b, a
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if a.Balance < amt {
		return &TxError{a.ID, b.ID, ErrInsufficient}
	}
	a.Balance -= amt
	b.Balance += amt
	return nil
}

type byBalance []*Account

func (s byBalance) Len() int           { return len(s) }
func (s byBalance) Less(i, j int) bool { return s[i].Balance < s[j].Balance }
func (s byBalance) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	accts := []*Account{{ID: 1, Owner: "ann", Balance: 100}, {ID: 2, Owner: "bob", Balance: 50}, {ID: 3, Owner: "cy", Balance: 10}}
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(i) * time.Millisecond)
			if err := transfer(accts[i%3], accts[(i+1)%3], 30); err != nil {
				errs <- err
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		var te *TxError
		fmt.Println(err, errors.Is(err, ErrInsufficient), errors.As(err, &te) && te.From > 0)
	}
	sort.Sort(byBalance(accts))
	var sb strings.Builder
	for _, a := range accts {
		sb.WriteString(a.Owner + "=" + strconv.FormatFloat(a.Balance, 'f', 2, 64) + " ")
	}
	fmt.Println(strings.TrimSpace(sb.String()))
	fmt.Printf("%-6s|%8.2f|%x\n", accts[0].Owner, accts[0].Balance, accts[0].ID)
	fmt.Fprintln(os.Stderr, "done")
}
