// An unrecovered panic with a custom *error value in a goroutine while main sleeps.
package main

import (
	"fmt"
	"time"
)

type QuotaError struct {
	User  string
	Used  int
	Limit int
}

func (e *QuotaError) Error() string {
	return fmt.Sprintf("user %s over quota: %d/%d", e.User, e.Used, e.Limit)
}

func charge(user string, used int) {
	if used > 100 {
		panic(&QuotaError{user, used, 100})
	}
	fmt.Println("charged", user, used)
}

func main() {
	for _, u := range []struct {
		name string
		used int
	}{{"ann", 40}, {"bob", 90}, {"cy", 130}} {
		go charge(u.name, u.used)
		time.Sleep(time.Millisecond)
	}
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
