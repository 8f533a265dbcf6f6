package main

import (
	"log"
	"os"
)

func helper(l *log.Logger) {
	l.Println("from helper")
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	log.Println("hello")
	l := log.New(os.Stdout, "svc: ", log.Lshortfile|log.Lmsgprefix)
	l.Printf("value %d", 3)
	helper(l)
	log.SetFlags(0)
	log.Print("plain")
	log.Fatalf("exiting with %s", "status 1")
}
