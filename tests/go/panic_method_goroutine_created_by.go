package main

import (
	"fmt"
	"sync"
)

type Server struct {
	name  string
	conns map[int]string
	wg    sync.WaitGroup
}

func (s *Server) handle(id int) {
	defer s.wg.Done()
	user := s.conns[id]
	if user == "" {
		var p *Server
		fmt.Println(p.name) // nil dereference in a goroutine started by a method
	}
}

func (s *Server) Start(ids []int) {
	for _, id := range ids {
		s.wg.Add(1)
		go s.handle(id)
	}
}

func main() {
	s := &Server{name: "srv", conns: map[int]string{1: "ann", 2: "bob"}}
	s.Start([]int{1, 2})
	s.wg.Wait()
	fmt.Println("first batch ok")
	s.Start([]int{3})
	s.wg.Wait()
	fmt.Println("unreachable")
}
