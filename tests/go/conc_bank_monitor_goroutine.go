package main

import (
	"errors"
	"fmt"
	"sync"
)

type request struct {
	op     string
	amount int
	reply  chan error
}

type Teller struct {
	requests chan request
	balance  chan int
}

var ErrOverdraft = errors.New("overdraft refused")

func NewTeller(initial int) *Teller {
	t := &Teller{requests: make(chan request), balance: make(chan int)}
	go t.run(initial)
	return t
}

func (t *Teller) run(balance int) {
	for {
		select {
		case r, ok := <-t.requests:
			if !ok {
				close(t.balance)
				return
			}
			switch r.op {
			case "deposit":
				balance += r.amount
				r.reply <- nil
			case "withdraw":
				if r.amount > balance {
					r.reply <- fmt.Errorf("withdraw %d with balance %d: %w", r.amount, balance, ErrOverdraft)
					continue
				}
				balance -= r.amount
				r.reply <- nil
			default:
				r.reply <- fmt.Errorf("unknown op %q", r.op)
			}
		case t.balance <- balance:
		}
	}
}

func (t *Teller) do(op string, amount int) error {
	reply := make(chan error)
	t.requests <- request{op, amount, reply}
	return <-reply
}

func main() {
	t := NewTeller(100)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var refused int
	for i := 1; i <= 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			op := "deposit"
			if i%2 == 0 {
				op = "withdraw"
			}
			if err := t.do(op, i*5); errors.Is(err, ErrOverdraft) {
				mu.Lock()
				refused++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	bal := <-t.balance
	fmt.Println("balance non-negative:", bal >= 0)
	fmt.Println("refused + ok withdrawals = 10:", refused <= 10)
	fmt.Println(t.do("transfer", 1))
	fmt.Println(t.do("withdraw", 1_000_000))
	fmt.Println(t.do("deposit", 1), t.do("withdraw", 1))
	close(t.requests)
	_, ok := <-t.balance
	for ok {
		_, ok = <-t.balance
	}
	fmt.Println("teller stopped")
}
