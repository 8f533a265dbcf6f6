package main

import (
	"fmt"
	"strings"
)

type Ball struct{ hits int }

// The players log to memory; the log is printed at the end (see conc_unbuffered.go).
var log []string

func player(name string, table chan *Ball, done chan bool) {
	for {
		ball, ok := <-table
		if !ok {
			done <- true
			return
		}
		ball.hits++
		log = append(log, fmt.Sprint(name, " ", ball.hits))
		if ball.hits == 6 {
			close(table)
			done <- true
			return
		}
		table <- ball
	}
}

func main() {
	table := make(chan *Ball)
	done := make(chan bool)
	go player("ping", table, done)
	go player("pong", table, done)
	table <- new(Ball)
	<-done
	<-done
	fmt.Println(strings.Join(log, "\n"))
	fmt.Println("game over")
}
