package main

import (
	"fmt"
	"strconv"
)

type User struct {
	Name  string
	email string
}

func lookup(id int) *User {
	return &User{Name: "u" + strconv.Itoa(id)}
}

func main() {
	u := lookup(1)
	fmt.Println(u.name, u.Email)
	n, err := strconv.Itoa(5)
	a, b := lookup(2)
	fmt.Println(n, err, a, b)
	var x int = nil
	fmt.Println(x)
}
