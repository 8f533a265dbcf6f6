package main

import (
	"errors"
	"fmt"
)

type Account struct {
	balance int
}

func (a *Account) Deposit(n int) error {
	if n <= 0 {
		return errors.New("bad amount")
	}
	a.balance += n
}

func (a Account) Balance() int {
	return a.balance
}

type Bank interface {
	Deposit(int) error
	Balance() int
	Withdraw(int) error
}

func main() {
	acct := Account{}
	var b Bank = &acct
	if err := acct.Deposit(10); err != nil {
		fmt.Println(err)
	}
	acct.Deposit("ten")
	total := acct.Balance
	fmt.Println(total + 1, b)
	var e error = "oops"
	fmt.Println(e)
}
